<?php
// POST /ip/{ip}/reverse
// Needs the official wrapper: composer require ovh/ovh
require __DIR__ . '/vendor/autoload.php';

use Ovh\Api;

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?POST=/ip/*/reverse
$ovh = new Api(
    getenv('OVH_APPLICATION_KEY') ?: 'your_application_key',
    getenv('OVH_APPLICATION_SECRET') ?: 'your_application_secret',
    'ovh-eu',
    getenv('OVH_CONSUMER_KEY') ?: 'your_consumer_key',
);

// ip = 192.0.2.0/29: Required. (type: ipBlock)
$body = [
    'ipReverse' => '192.0.2.1', // Required. (type: ip)
    'reverse' => 'host.example.com.', // Required. (type: string)
];
$result = $ovh->post('/ip/192.0.2.0%2F29/reverse', $body);
echo json_encode($result, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
