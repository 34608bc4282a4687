#!/usr/bin/env bash
# POST /order/cart
# Needs bash, curl (7.76 or later) and openssl; no wrapper.
set -euo pipefail

# This call is not authenticated: an application key is all it needs. Create one at
# https://eu.api.ovh.com/createApp/
APPLICATION_KEY="${OVH_APPLICATION_KEY:-your_application_key}"

# body: description: Description of your cart (type: string)
# body: ovhSubsidiary: Required. OVH Subsidiary where you want to order (type: nichandle.OvhSubsidiaryEnum)
METHOD=POST
URL='https://eu.api.ovh.com/1.0/order/cart'
BODY='{"description":"My cart","ovhSubsidiary":"FR"}'

curl -sS --fail-with-body --globoff --path-as-is -X "$METHOD" "$URL" \
  -H "X-Ovh-Application: $APPLICATION_KEY" \
  -H 'Content-Type: application/json' \
  --data-binary "$BODY"
echo
