// GET /email/domain/{domain}/redirection
// Needs the official wrapper: npm install ovh@2
'use strict';

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?GET=/email/domain/*/redirection
const ovh = require('ovh')({
    endpoint: 'ovh-eu',
    appKey: process.env.OVH_APPLICATION_KEY || 'your_application_key',
    appSecret: process.env.OVH_APPLICATION_SECRET || 'your_application_secret',
    consumerKey: process.env.OVH_CONSUMER_KEY || 'your_consumer_key',
});

// domain = example.com: Required. Name of your domain name (type: string)
ovh.requestPromised('GET', '/email/domain/example.com/redirection', {
    from: 'contact@example.com', // Name of redirection (type: string)
})
    .then((result) => console.log(JSON.stringify(result, null, 4)))
    .catch((error) => {
        console.error(error);
        process.exitCode = 1;
    });
