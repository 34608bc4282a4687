<?php
// POST /order/cart
// Needs the official wrapper: composer require ovh/ovh
require __DIR__ . '/vendor/autoload.php';

use Ovh\Api;

// This call is not authenticated: an application key is all it needs. Create one at
// https://eu.api.ovh.com/createApp/
// Without a consumer key, php-ovh sends the call unsigned.
$ovh = new Api(
    getenv('OVH_APPLICATION_KEY') ?: 'your_application_key',
    getenv('OVH_APPLICATION_SECRET') ?: 'your_application_secret',
    'ovh-eu',
);

$body = [
    'description' => 'My cart', // Description of your cart (type: string)
    'ovhSubsidiary' => 'FR', // Required. OVH Subsidiary where you want to order (type: nichandle.OvhSubsidiaryEnum)
];
$result = $ovh->post('/order/cart', $body);
echo json_encode($result, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
