#!/usr/bin/env bash
# POST /sms/{serviceName}/jobs
# Needs bash, curl (7.76 or later) and openssl; no wrapper.
set -euo pipefail

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?POST=/sms/*/jobs
APPLICATION_KEY="${OVH_APPLICATION_KEY:-your_application_key}"
APPLICATION_SECRET="${OVH_APPLICATION_SECRET:-your_application_secret}"
CONSUMER_KEY="${OVH_CONSUMER_KEY:-your_consumer_key}"

# serviceName = sms-ab12345-1: Required. The internal name of your SMS offer (type: string)
# body: class: Deprecated: The sms class (type: sms.ClassEnum)
# body: message: Required. The sms message (type: string)
# body: noStopClause: Do not display STOP clause in the message, this requires that this is not an advertising message (type: boolean)
# body: receivers: The receivers list (type: string[])
# body: validityPeriod: The maximum time -in minute(s)- before the message is dropped (type: long)
METHOD=POST
URL='https://eu.api.ovh.com/1.0/sms/sms-ab12345-1/jobs'
BODY='{"class":"flash","message":"Hello","noStopClause":true,"receivers":["+33600000001","+33600000002"],"validityPeriod":2880}'

# Sign with the API's clock: the delta between GET /auth/time and this one.
DELTA=$(( $(curl -fsS 'https://eu.api.ovh.com/1.0/auth/time') - $(date +%s) ))
TIMESTAMP=$(( $(date +%s) + DELTA ))
SIGNATURE="\$1\$$(printf '%s' "$APPLICATION_SECRET+$CONSUMER_KEY+$METHOD+$URL+$BODY+$TIMESTAMP" | openssl dgst -sha1 -r | cut -d' ' -f1)"

curl -sS --fail-with-body --globoff --path-as-is -X "$METHOD" "$URL" \
  -H "X-Ovh-Application: $APPLICATION_KEY" \
  -H "X-Ovh-Consumer: $CONSUMER_KEY" \
  -H "X-Ovh-Timestamp: $TIMESTAMP" \
  -H "X-Ovh-Signature: $SIGNATURE" \
  -H 'Content-Type: application/json' \
  --data-binary "$BODY"
echo
