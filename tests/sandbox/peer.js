'use strict';
// The official Node.js wrapper (npm "ovh", 2.x) driving the sandbox over HTTPS.
// Environment: SANDBOX_HOST, SANDBOX_PORT, OVH_APP_KEY, OVH_APP_SECRET, OVH_CONSUMER_KEY,
// NODE_EXTRA_CA_CERTS (the sandbox's certificate) and optionally PEER_STEPS=me (GET /me only). Prints one JSON object on stdout with what
// every step returned; the C++ test judges it. Exits 0 unless the script itself breaks.
const https = require('https');
const querystring = require('querystring');
const ovhFactory = require('ovh');

const host = process.env.SANDBOX_HOST || '127.0.0.1';
const port = Number(process.env.SANDBOX_PORT);

function client(overrides) {
  return ovhFactory(Object.assign({
    host: host,
    port: port,
    basePath: '/1.0',
    appKey: process.env.OVH_APP_KEY,
    appSecret: process.env.OVH_APP_SECRET,
    consumerKey: process.env.OVH_CONSUMER_KEY,
  }, overrides || {}));
}

// Resolves to {ok: true, value} or {ok: false, error, message}: failures are results too.
function attempt(promise) {
  return promise.then(
    (value) => ({ ok: true, value: value }),
    (failure) => ({ ok: false, error: failure.error, message: failure.message }));
}

// A form POST to the validation page, like the user's click on "Validate".
function submitForm(url, fields) {
  return new Promise((resolve, reject) => {
    const body = querystring.stringify(fields);
    const request = https.request(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'Content-Length': Buffer.byteLength(body),
      },
    }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function main() {
  const ovh = client();
  const zoneName = 'example.com';
  const result = {};

  result.me = await attempt(ovh.requestPromised('GET', '/me'));
  if (process.env.PEER_STEPS === 'me') { // a single call, for the strict-URL check
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  result.domains = await attempt(ovh.requestPromised('GET', '/domain'));
  // A body with a quote, a space and a non-ASCII character (the wrapper escapes it as \u00e9).
  result.created = await attempt(ovh.requestPromised('POST', '/domain/zone/{zoneName}/record', {
    zoneName: zoneName, fieldType: 'TXT', subDomain: 'node', target: '"caf\u00e9 from node-ovh"', ttl: 300,
  }));
  const id = result.created.ok ? result.created.value.id : 0;
  result.fetched = await attempt(ovh.requestPromised('GET', '/domain/zone/{zoneName}/record/{id}', { zoneName: zoneName, id: id }));
  result.listed = await attempt(ovh.requestPromised('GET', '/domain/zone/{zoneName}/record', {
    zoneName: zoneName, fieldType: 'TXT', subDomain: 'node',
  }));
  result.updated = await attempt(ovh.requestPromised('PUT', '/domain/zone/{zoneName}/record/{id}', {
    zoneName: zoneName, id: id, target: 'updated by node', ttl: 600,
  }));
  result.refetched = await attempt(ovh.requestPromised('GET', '/domain/zone/{zoneName}/record/{id}', { zoneName: zoneName, id: id }));
  result.deleted = await attempt(ovh.requestPromised('DELETE', '/domain/zone/{zoneName}/record/{id}', { zoneName: zoneName, id: id }));
  result.afterDelete = await attempt(ovh.requestPromised('GET', '/domain/zone/{zoneName}/record/{id}', { zoneName: zoneName, id: id }));

  // The wrapper's own signature next to ours: a wrong secret must be refused.
  result.badSecret = await attempt(client({ appSecret: 'not-the-secret' }).requestPromised('GET', '/me'));

  // The consumer-key flow, from the wrapper: request, validate on the page, use.
  const anonymous = client({ consumerKey: undefined });
  result.credential = await attempt(anonymous.requestPromised('POST', '/auth/credential', {
    accessRules: [{ method: 'GET', path: '/me' }],
  }));
  if (result.credential.ok) {
    const pending = client({ consumerKey: result.credential.value.consumerKey });
    result.beforeValidation = await attempt(pending.requestPromised('GET', '/me'));
    result.validationStatus = await submitForm(result.credential.value.validationUrl, { validity: 3600 });
    result.afterValidation = await attempt(pending.requestPromised('GET', '/me'));
    result.ungranted = await attempt(pending.requestPromised('GET', '/domain'));
  }
  // The wrappers' published test vector (revoked keys), hashed by this wrapper.
  result.signatureCheck = ovhFactory({
    appKey: 'TDPKJdwZwAQPwKX2',
    appSecret: '9ufkBmLaTQ9nz5yMUlg79taH0GNnzDjk',
    consumerKey: '5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY',
  }).signRequest('POST', 'https://eu.api.ovh.com/1.0/auth', '{"a":"b","c":"d"}', 1457018875);

  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((error) => {
  process.stderr.write('peer.js failed: ' + (error && error.stack ? error.stack : error) + '\n');
  process.exit(3);
});
