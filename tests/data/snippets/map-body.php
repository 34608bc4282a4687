<?php
// PUT /cloud/project/{serviceName}/database/mysql/{clusterId}/advancedConfiguration
// Needs the official wrapper: composer require ovh/ovh
require __DIR__ . '/vendor/autoload.php';

use Ovh\Api;

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?PUT=/cloud/project/*/database/mysql/*/advancedConfiguration
$ovh = new Api(
    getenv('OVH_APPLICATION_KEY') ?: 'your_application_key',
    getenv('OVH_APPLICATION_SECRET') ?: 'your_application_secret',
    'ovh-eu',
    getenv('OVH_CONSUMER_KEY') ?: 'your_consumer_key',
);

// serviceName = 0123456789abcdef: Required. Service name (type: string)
// clusterId = 3f5e0a9c-1b2d-4e6f-8a7b-9c0d1e2f3a4b: Required. Cluster ID (type: uuid)
$body = [
    'mysql.max_connections' => '100', // (type: string)
    'mysql.sql_mode' => 'ANSI,TRADITIONAL', // (type: string)
];
$result = $ovh->put('/cloud/project/0123456789abcdef/database/mysql/3f5e0a9c-1b2d-4e6f-8a7b-9c0d1e2f3a4b/advancedConfiguration', $body);
echo json_encode($result, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
