<?php
// GET /v2/iam/policy
// Needs the official wrapper: composer require ovh/ovh
require __DIR__ . '/vendor/autoload.php';

use Ovh\Api;

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?GET=/v2/iam/policy
$ovh = new Api(
    getenv('OVH_APPLICATION_KEY') ?: 'your_application_key',
    getenv('OVH_APPLICATION_SECRET') ?: 'your_application_secret',
    'https://eu.api.ovh.com',
    getenv('OVH_CONSUMER_KEY') ?: 'your_consumer_key',
);

$headers = [
    'X-Pagination-Cursor' => 'b2Zmc2V0OjI', // Pagination cursor (type: string)
    'X-Pagination-Size' => '2', // Pagination size (type: long)
];
$result = $ovh->get('/v2/iam/policy', [
    'action' => ['account:apiovh:me/get', 'domain:apiovh:get'], // Only the policies with these actions (type: string[])
    'details' => true, // Add the identities and resources (type: boolean)
], $headers);
echo json_encode($result, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
