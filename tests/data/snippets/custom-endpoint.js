// GET /domain/zone/{zoneName}/record
// Needs the official wrapper: npm install ovh@2
'use strict';

// Create the keys with exactly the rights this call needs at
// https://api.example.test:8443/createToken/?GET=/domain/zone/*/record
const ovh = require('ovh')({
    host: 'api.example.test',
    port: 8443,
    basePath: '/1.0',
    appKey: process.env.OVH_APPLICATION_KEY || 'your_application_key',
    appSecret: process.env.OVH_APPLICATION_SECRET || 'your_application_secret',
    consumerKey: process.env.OVH_CONSUMER_KEY || 'your_consumer_key',
});

// zoneName = example.com: Required. Zone name (type: string)
ovh.requestPromised('GET', '/domain/zone/example.com/record', {
    fieldType: 'MX', // Filter the value of fieldType property (like) (type: domain.zone.RecordTypeEnum)
})
    .then((result) => console.log(JSON.stringify(result, null, 4)))
    .catch((error) => {
        console.error(error);
        process.exitCode = 1;
    });
