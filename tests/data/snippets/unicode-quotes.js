// POST /domain/zone/{zoneName}/record
// Needs the official wrapper: npm install ovh@2
'use strict';

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?POST=/domain/zone/*/record
const ovh = require('ovh')({
    endpoint: 'ovh-eu',
    appKey: process.env.OVH_APPLICATION_KEY || 'your_application_key',
    appSecret: process.env.OVH_APPLICATION_SECRET || 'your_application_secret',
    consumerKey: process.env.OVH_CONSUMER_KEY || 'your_consumer_key',
});

// zoneName = example.com: Required. Zone name (type: string)
ovh.requestPromised('POST', '/domain/zone/example.com/record', {
    fieldType: 'TXT', // Required. (type: domain.zone.RecordTypeEnum)
    subDomain: '_dmarc', // Record subDomain (type: string)
    target: 'v=DMARC1; p=none; note="l\'été" \\ back\\slash\nnew line\ttab ünïcödé 日本 🎉 $HOME ?> */ \u202e', // Required. Target of the record (type: string)
    ttl: 60, // TTL of the record (type: long)
})
    .then((result) => console.log(JSON.stringify(result, null, 4)))
    .catch((error) => {
        console.error(error);
        process.exitCode = 1;
    });
