// GET /v2/iam/policy/{policyId}
// Needs the official wrapper: npm install ovh@2
'use strict';

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?GET=/v2/iam/policy/*
const ovh = require('ovh')({
    host: 'eu.api.ovh.com',
    port: 443,
    basePath: '/v2',
    appKey: process.env.OVH_APPLICATION_KEY || 'your_application_key',
    appSecret: process.env.OVH_APPLICATION_SECRET || 'your_application_secret',
    consumerKey: process.env.OVH_CONSUMER_KEY || 'your_consumer_key',
});

// policyId = 6b3a0f4c-2d1e-4a5b-9c8d-7e6f5a4b3c2d: Required. Policy ID (type: uuid)
ovh.requestPromised('GET', '/iam/policy/6b3a0f4c-2d1e-4a5b-9c8d-7e6f5a4b3c2d')
    .then((result) => console.log(JSON.stringify(result, null, 4)))
    .catch((error) => {
        console.error(error);
        process.exitCode = 1;
    });
