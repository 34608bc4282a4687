#!/usr/bin/env bash
# POST /v2/iam/policy
# Needs bash, curl (7.76 or later) and openssl; no wrapper.
set -euo pipefail

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?POST=/v2/iam/policy
APPLICATION_KEY="${OVH_APPLICATION_KEY:-your_application_key}"
APPLICATION_SECRET="${OVH_APPLICATION_SECRET:-your_application_secret}"
CONSUMER_KEY="${OVH_CONSUMER_KEY:-your_consumer_key}"

# body: name: Required. Name (type: string)
# body: description: Description (type: string)
METHOD=POST
URL='https://eu.api.ovh.com/v2/iam/policy'
BODY='{"description":"Reads everything","name":"read-only"}'

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
