// POST /sms/{serviceName}/jobs
// Needs the official wrapper: npm install ovh@2
'use strict';

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?POST=/sms/*/jobs
const ovh = require('ovh')({
    endpoint: 'ovh-eu',
    appKey: process.env.OVH_APPLICATION_KEY || 'your_application_key',
    appSecret: process.env.OVH_APPLICATION_SECRET || 'your_application_secret',
    consumerKey: process.env.OVH_CONSUMER_KEY || 'your_consumer_key',
});

// serviceName = sms-ab12345-1: Required. The internal name of your SMS offer (type: string)
ovh.requestPromised('POST', '/sms/sms-ab12345-1/jobs', {
    class: 'flash', // Deprecated: The sms class (type: sms.ClassEnum)
    message: 'Hello', // Required. The sms message (type: string)
    noStopClause: true, // Do not display STOP clause in the message, this requires that this is not an advertising message (type: boolean)
    receivers: ['+33600000001', '+33600000002'], // The receivers list (type: string[])
    validityPeriod: 2880, // The maximum time -in minute(s)- before the message is dropped (type: long)
})
    .then((result) => console.log(JSON.stringify(result, null, 4)))
    .catch((error) => {
        console.error(error);
        process.exitCode = 1;
    });
