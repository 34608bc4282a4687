#!/usr/bin/env bash
# GET /v2/iam/policy
# Needs bash, curl (7.76 or later) and openssl; no wrapper.
set -euo pipefail

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?GET=/v2/iam/policy
APPLICATION_KEY="${OVH_APPLICATION_KEY:-your_application_key}"
APPLICATION_SECRET="${OVH_APPLICATION_SECRET:-your_application_secret}"
CONSUMER_KEY="${OVH_CONSUMER_KEY:-your_consumer_key}"

# action = ["account:apiovh:me/get","domain:apiovh:get"]: Only the policies with these actions (type: string[])
# details = true: Add the identities and resources (type: boolean)
METHOD=GET
URL='https://eu.api.ovh.com/v2/iam/policy?action=account%3Aapiovh%3Ame%2Fget&action=domain%3Aapiovh%3Aget&details=true'
BODY=''

# Sign with the API's clock: the delta between GET /auth/time and this one.
DELTA=$(( $(curl -fsS 'https://eu.api.ovh.com/1.0/auth/time') - $(date +%s) ))
TIMESTAMP=$(( $(date +%s) + DELTA ))
SIGNATURE="\$1\$$(printf '%s' "$APPLICATION_SECRET+$CONSUMER_KEY+$METHOD+$URL+$BODY+$TIMESTAMP" | openssl dgst -sha1 -r | cut -d' ' -f1)"

curl -sS --fail-with-body --globoff --path-as-is -X "$METHOD" "$URL" \
  -H "X-Ovh-Application: $APPLICATION_KEY" \
  -H "X-Ovh-Consumer: $CONSUMER_KEY" \
  -H "X-Ovh-Timestamp: $TIMESTAMP" \
  -H "X-Ovh-Signature: $SIGNATURE" \
  -H 'X-Pagination-Cursor: b2Zmc2V0OjI' \
  -H 'X-Pagination-Size: 2'
echo
