#!/usr/bin/env bash
# PUT /cloud/project/{serviceName}/containerRegistry/{registryID}/ipRestrictions/management
# Needs bash, curl (7.76 or later) and openssl; no wrapper.
set -euo pipefail

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?PUT=/cloud/project/*/containerRegistry/*/ipRestrictions/management
APPLICATION_KEY="${OVH_APPLICATION_KEY:-your_application_key}"
APPLICATION_SECRET="${OVH_APPLICATION_SECRET:-your_application_secret}"
CONSUMER_KEY="${OVH_CONSUMER_KEY:-your_consumer_key}"

# serviceName = 0123456789abcdef: Required. Service name (type: string)
# registryID = reg-1: Required. RegistryID (type: string)
METHOD=PUT
URL='https://eu.api.ovh.com/1.0/cloud/project/0123456789abcdef/containerRegistry/reg-1/ipRestrictions/management'
BODY='[{"description":"office","ipBlock":"192.0.2.0/24"},{"description":"home","ipBlock":"198.51.100.7/32"}]'

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
