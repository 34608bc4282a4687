// PUT /cloud/project/{serviceName}/database/mysql/{clusterId}/advancedConfiguration
// Needs the official wrapper: npm install ovh@2
'use strict';

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?PUT=/cloud/project/*/database/mysql/*/advancedConfiguration
const ovh = require('ovh')({
    endpoint: 'ovh-eu',
    appKey: process.env.OVH_APPLICATION_KEY || 'your_application_key',
    appSecret: process.env.OVH_APPLICATION_SECRET || 'your_application_secret',
    consumerKey: process.env.OVH_CONSUMER_KEY || 'your_consumer_key',
});

// serviceName = 0123456789abcdef: Required. Service name (type: string)
// clusterId = 3f5e0a9c-1b2d-4e6f-8a7b-9c0d1e2f3a4b: Required. Cluster ID (type: uuid)
ovh.requestPromised('PUT', '/cloud/project/0123456789abcdef/database/mysql/3f5e0a9c-1b2d-4e6f-8a7b-9c0d1e2f3a4b/advancedConfiguration', {
    'mysql.max_connections': '100', // (type: string)
    'mysql.sql_mode': 'ANSI,TRADITIONAL', // (type: string)
})
    .then((result) => console.log(JSON.stringify(result, null, 4)))
    .catch((error) => {
        console.error(error);
        process.exitCode = 1;
    });
