<?php
// PUT /cloud/project/{serviceName}/containerRegistry/{registryID}/ipRestrictions/management
// Needs the official wrapper: composer require ovh/ovh
require __DIR__ . '/vendor/autoload.php';

use Ovh\Api;

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?PUT=/cloud/project/*/containerRegistry/*/ipRestrictions/management
$ovh = new Api(
    getenv('OVH_APPLICATION_KEY') ?: 'your_application_key',
    getenv('OVH_APPLICATION_SECRET') ?: 'your_application_secret',
    'ovh-eu',
    getenv('OVH_CONSUMER_KEY') ?: 'your_consumer_key',
);

// serviceName = 0123456789abcdef: Required. Service name (type: string)
// registryID = reg-1: Required. RegistryID (type: string)
$body = [
    ['description' => 'office', 'ipBlock' => '192.0.2.0/24'],
    ['description' => 'home', 'ipBlock' => '198.51.100.7/32'],
];
$result = $ovh->put('/cloud/project/0123456789abcdef/containerRegistry/reg-1/ipRestrictions/management', $body);
echo json_encode($result, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
