// GET /v2/iam/policy
// Needs the official wrapper: npm install ovh@2
'use strict';

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?GET=/v2/iam/policy
const ovh = require('ovh')({
    host: 'eu.api.ovh.com',
    port: 443,
    basePath: '/v2',
    appKey: process.env.OVH_APPLICATION_KEY || 'your_application_key',
    appSecret: process.env.OVH_APPLICATION_SECRET || 'your_application_secret',
    consumerKey: process.env.OVH_CONSUMER_KEY || 'your_consumer_key',
});

// Careful: node-ovh sends no headers of its own choosing; this call leaves out X-Pagination-Cursor = b2Zmc2V0OjI
// Careful: node-ovh sends no headers of its own choosing; this call leaves out X-Pagination-Size = 2
ovh.requestPromised('GET', '/iam/policy', {
    action: ['account:apiovh:me/get', 'domain:apiovh:get'], // Only the policies with these actions (type: string[])
    details: true, // Add the identities and resources (type: boolean)
})
    .then((result) => console.log(JSON.stringify(result, null, 4)))
    .catch((error) => {
        console.error(error);
        process.exitCode = 1;
    });
