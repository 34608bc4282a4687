// POST /v2/iam/policy
// Needs the official wrapper: npm install ovh@2
'use strict';

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?POST=/v2/iam/policy
const ovh = require('ovh')({
    host: 'eu.api.ovh.com',
    port: 443,
    basePath: '/v2',
    appKey: process.env.OVH_APPLICATION_KEY || 'your_application_key',
    appSecret: process.env.OVH_APPLICATION_SECRET || 'your_application_secret',
    consumerKey: process.env.OVH_CONSUMER_KEY || 'your_consumer_key',
});

ovh.requestPromised('POST', '/iam/policy', {
    name: 'read-only', // Required. Name (type: string)
    description: 'Reads everything', // Description (type: string)
})
    .then((result) => console.log(JSON.stringify(result, null, 4)))
    .catch((error) => {
        console.error(error);
        process.exitCode = 1;
    });
