<?php
// POST /sms/{serviceName}/jobs
// Needs the official wrapper: composer require ovh/ovh
require __DIR__ . '/vendor/autoload.php';

use Ovh\Api;

// Create the keys with exactly the rights this call needs at
// https://eu.api.ovh.com/createToken/?POST=/sms/*/jobs
$ovh = new Api(
    getenv('OVH_APPLICATION_KEY') ?: 'your_application_key',
    getenv('OVH_APPLICATION_SECRET') ?: 'your_application_secret',
    'ovh-eu',
    getenv('OVH_CONSUMER_KEY') ?: 'your_consumer_key',
);

// serviceName = sms-ab12345-1: Required. The internal name of your SMS offer (type: string)
$body = [
    'class' => 'flash', // Deprecated: The sms class (type: sms.ClassEnum)
    'message' => 'Hello', // Required. The sms message (type: string)
    'noStopClause' => true, // Do not display STOP clause in the message, this requires that this is not an advertising message (type: boolean)
    'receivers' => ['+33600000001', '+33600000002'], // The receivers list (type: string[])
    'validityPeriod' => 2880, // The maximum time -in minute(s)- before the message is dropped (type: long)
];
$result = $ovh->post('/sms/sms-ab12345-1/jobs', $body);
echo json_encode($result, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
