// PUT /cloud/project/{serviceName}/containerRegistry/{registryID}/ipRestrictions/management
// Needs the official wrapper: npm install ovh@2
'use strict';

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?PUT=/cloud/project/*/containerRegistry/*/ipRestrictions/management
const ovh = require('ovh')({
    endpoint: 'ovh-eu',
    appKey: process.env.OVH_APPLICATION_KEY || 'your_application_key',
    appSecret: process.env.OVH_APPLICATION_SECRET || 'your_application_secret',
    consumerKey: process.env.OVH_CONSUMER_KEY || 'your_consumer_key',
});

// serviceName = 0123456789abcdef: Required. Service name (type: string)
// registryID = reg-1: Required. RegistryID (type: string)
ovh.requestPromised('PUT', '/cloud/project/0123456789abcdef/containerRegistry/reg-1/ipRestrictions/management', [
    {description: 'office', ipBlock: '192.0.2.0/24'},
    {description: 'home', ipBlock: '198.51.100.7/32'},
])
    .then((result) => console.log(JSON.stringify(result, null, 4)))
    .catch((error) => {
        console.error(error);
        process.exitCode = 1;
    });
