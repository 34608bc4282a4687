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
    'fieldType' => 'TXT', // Required. (type: domain.zone.RecordTypeEnum)
    'subDomain' => '_dmarc', // Record subDomain (type: string)
    'target' => "v=DMARC1; p=none; note=\"l'été\" \\ back\\slash\nnew line\ttab ünïcödé 日本 🎉 \$HOME ?> */ \u{202e}", // Required. Target of the record (type: string)
    'ttl' => 60, // TTL of the record (type: long)
];
$result = $ovh->post('/domain/zone/example.com/record', $body);
echo json_encode($result, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
