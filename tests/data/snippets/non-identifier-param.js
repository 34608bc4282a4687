// GET /domain/zone/{zoneName}/history
// Needs the official wrapper: npm install ovh@2
'use strict';

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?GET=/domain/zone/*/history
const ovh = require('ovh')({
    endpoint: 'ovh-eu',
    appKey: process.env.OVH_APPLICATION_KEY || 'your_application_key',
    appSecret: process.env.OVH_APPLICATION_SECRET || 'your_application_secret',
    consumerKey: process.env.OVH_CONSUMER_KEY || 'your_consumer_key',
});

// zoneName = example.com: Required. Zone name (type: string)
ovh.requestPromised('GET', '/domain/zone/example.com/history', {
    'creationDate.from': '2024-01-01T00:00:00+00:00', // Filter using the value of creationDate property (>=) (type: datetime)
})
    .then((result) => console.log(JSON.stringify(result, null, 4)))
    .catch((error) => {
        console.error(error);
        process.exitCode = 1;
    });
