// covers: process.env
'use strict';
const common = require('../common');
const assert = require('assert');

const key = `NODE4J_TEST_${process.pid}`;
assert.strictEqual(process.env[key], undefined);
// Assigned values are converted to strings.
process.env[key] = 42;
assert.strictEqual(process.env[key], '42');
process.env[key] = true;
assert.strictEqual(process.env[key], 'true');
process.env[key] = undefined;
assert.strictEqual(process.env[key], 'undefined');
assert.ok(key in process.env);
assert.ok(Object.keys(process.env).includes(key));
assert.ok(Object.prototype.hasOwnProperty.call(process.env, key));
delete process.env[key];
assert.strictEqual(process.env[key], undefined);
assert.strictEqual(key in process.env, false);
// Deleting a missing key is fine.
assert.strictEqual(delete process.env[key], true);
// Symbols and non-string values are rejected.
assert.throws(() => { process.env[key] = Symbol('s'); }, TypeError);
if (!common.isWindows) {
  // Keys are case sensitive on posix.
  process.env[key] = 'x';
  assert.strictEqual(process.env[key.toLowerCase()], undefined);
  delete process.env[key];
}
for (const v of Object.values(process.env)) assert.strictEqual(typeof v, 'string');
