<?php
// POST /domain/zone/{zoneName}/record
// Needs the official wrapper: composer require ovh/ovh
require __DIR__ . '/vendor/autoload.php';

use Ovh\Api;

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?POST=/domain/zone/*/record
$ovh = new Api(
    getenv('OVH_APPLICATION_KEY') ?: 'your_application_key',
    getenv('OVH_APPLICATION_SECRET') ?: 'your_application_secret',
    'ovh-eu',
    getenv('OVH_CONSUMER_KEY') ?: 'your_consumer_key',
);

// zoneName = example.com: Required. Zone name (type: string)
$body = [
    'fieldType' => 'A',
    'subDomain' => 'api',
    'target' => '192.0.2.20',
    'ttl' => 300,
];
$result = $ovh->post('/domain/zone/example.com/record', $body);
echo json_encode($result, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
