'use strict';
// N sequential signed GET /me through the official Node.js wrapper (npm "ovh" 2.x).
// Environment: SANDBOX_HOST, SANDBOX_PORT, OVH_APP_KEY, OVH_APP_SECRET, OVH_CONSUMER_KEY,
// CALLS, NODE_EXTRA_CA_CERTS. Prints one JSON object: calls, ms, maxRssKb.
const ovh = require('ovh')({
  host: process.env.SANDBOX_HOST || '127.0.0.1',
  port: Number(process.env.SANDBOX_PORT),
  basePath: '/1.0',
  appKey: process.env.OVH_APP_KEY,
  appSecret: process.env.OVH_APP_SECRET,
  consumerKey: process.env.OVH_CONSUMER_KEY,
});

async function main() {
  const calls = Number(process.env.CALLS || 1000);
  await ovh.requestPromised('GET', '/me'); // warm-up: time sync and connection
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; ++i)
    await ovh.requestPromised('GET', '/me');
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(JSON.stringify({ calls: calls, ms: ms, maxRssKb: process.resourceUsage().maxRSS }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
