// covers: process.features, process.config, process.allowedNodeEnvironmentFlags
'use strict';
const common = require('../common');
const assert = require('assert');

assert.strictEqual(typeof process.features, 'object');
for (const k of ['inspector', 'ipv6', 'tls', 'tls_alpn', 'tls_ocsp', 'tls_sni']) {
  if (k in process.features) assert.strictEqual(typeof process.features[k], 'boolean', k);
}
assert.strictEqual(typeof process.config, 'object');
assert.strictEqual(typeof process.config.variables, 'object');
const flags = process.allowedNodeEnvironmentFlags;
assert.ok(flags instanceof Set);
assert.ok(flags.has('--max-old-space-size') || flags.size > 0);
// It is read-only-ish: add() does not throw but has no effect.
flags.add('--definitely-not-a-flag');
assert.strictEqual(process.allowedNodeEnvironmentFlags.has('--definitely-not-a-flag'), false);
assert.ok(common);
