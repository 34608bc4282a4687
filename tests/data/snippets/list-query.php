<?php
// GET /cloud/project/{serviceName}/ai/app
// Needs the official wrapper: composer require ovh/ovh
require __DIR__ . '/vendor/autoload.php';

use Ovh\Api;

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?GET=/cloud/project/*/ai/app
$ovh = new Api(
    getenv('OVH_APPLICATION_KEY') ?: 'your_application_key',
    getenv('OVH_APPLICATION_SECRET') ?: 'your_application_secret',
    'ovh-eu',
    getenv('OVH_CONSUMER_KEY') ?: 'your_consumer_key',
);

// serviceName = 0123456789abcdef: Required. Service name (type: string)
$result = $ovh->get('/cloud/project/0123456789abcdef/ai/app', [
    'size' => 10, // Size of the result set (type: long)
    'statusState' => ['RUNNING', 'STOPPED'], // Filter on status state (type: cloud.project.ai.app.AppStateEnum[])
]);
echo json_encode($result, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
