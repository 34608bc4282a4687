<?php
// POST /v2/iam/policy
// Needs the official wrapper: composer require ovh/ovh
require __DIR__ . '/vendor/autoload.php';

use Ovh\Api;

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?POST=/v2/iam/policy
$ovh = new Api(
    getenv('OVH_APPLICATION_KEY') ?: 'your_application_key',
    getenv('OVH_APPLICATION_SECRET') ?: 'your_application_secret',
    'https://eu.api.ovh.com',
    getenv('OVH_CONSUMER_KEY') ?: 'your_consumer_key',
);

$body = [
    'name' => 'read-only', // Required. Name (type: string)
    'description' => 'Reads everything', // Description (type: string)
];
$result = $ovh->post('/v2/iam/policy', $body);
echo json_encode($result, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
