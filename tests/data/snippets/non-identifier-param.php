<?php
// GET /domain/zone/{zoneName}/history
// Needs the official wrapper: composer require ovh/ovh
require __DIR__ . '/vendor/autoload.php';

use Ovh\Api;

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?GET=/domain/zone/*/history
$ovh = new Api(
    getenv('OVH_APPLICATION_KEY') ?: 'your_application_key',
    getenv('OVH_APPLICATION_SECRET') ?: 'your_application_secret',
    'ovh-eu',
    getenv('OVH_CONSUMER_KEY') ?: 'your_consumer_key',
);

// zoneName = example.com: Required. Zone name (type: string)
$result = $ovh->get('/domain/zone/example.com/history', [
    'creationDate.from' => '2024-01-01T00:00:00+00:00', // Filter using the value of creationDate property (>=) (type: datetime)
]);
echo json_encode($result, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
