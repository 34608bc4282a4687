<?php
// GET /domain/zone/{zoneName}/record
// Needs the official wrapper: composer require ovh/ovh
require __DIR__ . '/vendor/autoload.php';

use Ovh\Api;

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?GET=/domain/zone/*/record
$ovh = new Api(
    getenv('OVH_APPLICATION_KEY') ?: 'your_application_key',
    getenv('OVH_APPLICATION_SECRET') ?: 'your_application_secret',
    'ovh-eu',
    getenv('OVH_CONSUMER_KEY') ?: 'your_consumer_key',
);

// zoneName = example.com: Required. Zone name (type: string)
$result = $ovh->get('/domain/zone/example.com/record', [
    'fieldType' => 'A', // Filter the value of fieldType property (like) (type: domain.zone.RecordTypeEnum)
    'subDomain' => 'www', // Filter the value of subDomain property (ilike) (type: string)
]);
echo json_encode($result, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
