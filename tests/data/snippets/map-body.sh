#!/usr/bin/env bash
# PUT /cloud/project/{serviceName}/database/mysql/{clusterId}/advancedConfiguration
# Needs bash, curl (7.76 or later) and openssl; no wrapper.
set -euo pipefail

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?PUT=/cloud/project/*/database/mysql/*/advancedConfiguration
APPLICATION_KEY="${OVH_APPLICATION_KEY:-your_application_key}"
APPLICATION_SECRET="${OVH_APPLICATION_SECRET:-your_application_secret}"
CONSUMER_KEY="${OVH_CONSUMER_KEY:-your_consumer_key}"

# serviceName = 0123456789abcdef: Required. Service name (type: string)
# clusterId = 3f5e0a9c-1b2d-4e6f-8a7b-9c0d1e2f3a4b: Required. Cluster ID (type: uuid)
# body: mysql.max_connections: (type: string)
# body: mysql.sql_mode: (type: string)
METHOD=PUT
URL='https://eu.api.ovh.com/1.0/cloud/project/0123456789abcdef/database/mysql/3f5e0a9c-1b2d-4e6f-8a7b-9c0d1e2f3a4b/advancedConfiguration'
BODY='{"mysql.max_connections":"100","mysql.sql_mode":"ANSI,TRADITIONAL"}'

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
