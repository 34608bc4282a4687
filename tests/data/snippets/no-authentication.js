// POST /order/cart
// Needs the official wrapper: npm install ovh@2
'use strict';

// This call is not authenticated: an application key is all it needs. Create one at
// https://eu.api.ovh.com/createApp/
// Without a consumer key, node-ovh sends the call unsigned.
const ovh = require('ovh')({
    endpoint: 'ovh-eu',
    appKey: process.env.OVH_APPLICATION_KEY || 'your_application_key',
    appSecret: process.env.OVH_APPLICATION_SECRET || 'your_application_secret',
});

ovh.requestPromised('POST', '/order/cart', {
    description: 'My cart', // Description of your cart (type: string)
    ovhSubsidiary: 'FR', // Required. OVH Subsidiary where you want to order (type: nichandle.OvhSubsidiaryEnum)
})
    .then((result) => console.log(JSON.stringify(result, null, 4)))
    .catch((error) => {
        console.error(error);
        process.exitCode = 1;
    });
