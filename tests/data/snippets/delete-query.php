<?php
// DELETE /hosting/web/{serviceName}/attachedDomain/{domain}
// Needs the official wrapper: composer require ovh/ovh
require __DIR__ . '/vendor/autoload.php';

use Ovh\Api;

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?DELETE=/hosting/web/*/attachedDomain/*
$ovh = new Api(
    getenv('OVH_APPLICATION_KEY') ?: 'your_application_key',
    getenv('OVH_APPLICATION_SECRET') ?: 'your_application_secret',
    'ovh-eu',
    getenv('OVH_CONSUMER_KEY') ?: 'your_consumer_key',
);

// serviceName = example.com: Required. Service name (type: string)
// domain = www.example.com: Required. Domain (type: string)
// bypassDNSConfiguration = true: If set to true, DNS zone will not be updated by the operation (type: boolean)
$result = $ovh->delete('/hosting/web/example.com/attachedDomain/www.example.com?bypassDNSConfiguration=true');
echo json_encode($result, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
