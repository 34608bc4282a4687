<?php
// GET /v2/iam/policy/{policyId}
// Needs the official wrapper: composer require ovh/ovh
require __DIR__ . '/vendor/autoload.php';

use Ovh\Api;

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?GET=/v2/iam/policy/*
$ovh = new Api(
    getenv('OVH_APPLICATION_KEY') ?: 'your_application_key',
    getenv('OVH_APPLICATION_SECRET') ?: 'your_application_secret',
    'https://eu.api.ovh.com',
    getenv('OVH_CONSUMER_KEY') ?: 'your_consumer_key',
);

// policyId = 6b3a0f4c-2d1e-4a5b-9c8d-7e6f5a4b3c2d: Required. Policy ID (type: uuid)
$result = $ovh->get('/v2/iam/policy/6b3a0f4c-2d1e-4a5b-9c8d-7e6f5a4b3c2d');
echo json_encode($result, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
