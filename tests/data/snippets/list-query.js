// GET /cloud/project/{serviceName}/ai/app
// Needs the official wrapper: npm install ovh@2
'use strict';

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?GET=/cloud/project/*/ai/app
const ovh = require('ovh')({
    endpoint: 'ovh-eu',
    appKey: process.env.OVH_APPLICATION_KEY || 'your_application_key',
    appSecret: process.env.OVH_APPLICATION_SECRET || 'your_application_secret',
    consumerKey: process.env.OVH_CONSUMER_KEY || 'your_consumer_key',
});

// serviceName = 0123456789abcdef: Required. Service name (type: string)
ovh.requestPromised('GET', '/cloud/project/0123456789abcdef/ai/app', {
    size: 10, // Size of the result set (type: long)
    statusState: ['RUNNING', 'STOPPED'], // Filter on status state (type: cloud.project.ai.app.AppStateEnum[])
})
    .then((result) => console.log(JSON.stringify(result, null, 4)))
    .catch((error) => {
        console.error(error);
        process.exitCode = 1;
    });
