// DELETE /hosting/web/{serviceName}/attachedDomain/{domain}
// Needs the official wrapper: npm install ovh@2
'use strict';

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?DELETE=/hosting/web/*/attachedDomain/*
const ovh = require('ovh')({
    endpoint: 'ovh-eu',
    appKey: process.env.OVH_APPLICATION_KEY || 'your_application_key',
    appSecret: process.env.OVH_APPLICATION_SECRET || 'your_application_secret',
    consumerKey: process.env.OVH_CONSUMER_KEY || 'your_consumer_key',
});

// serviceName = example.com: Required. Service name (type: string)
// domain = www.example.com: Required. Domain (type: string)
ovh.requestPromised('DELETE', '/hosting/web/example.com/attachedDomain/www.example.com', {
    bypassDNSConfiguration: true, // If set to true, DNS zone will not be updated by the operation (type: boolean)
})
    .then((result) => console.log(JSON.stringify(result, null, 4)))
    .catch((error) => {
        console.error(error);
        process.exitCode = 1;
    });
