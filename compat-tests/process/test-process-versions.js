// covers: process.version, process.versions, process.release
'use strict';
const common = require('../common');
const assert = require('assert');

assert.match(process.version, /^v\d+\.\d+\.\d+/);
assert.strictEqual(typeof process.versions, 'object');
assert.strictEqual(process.versions.node, process.version.slice(1));
for (const [k, v] of Object.entries(process.versions)) {
  assert.strictEqual(typeof v, 'string', k);
}
assert.strictEqual(typeof process.versions.v8, 'string');
assert.strictEqual(typeof process.versions.uv, 'string');
assert.strictEqual(process.release.name, 'node');
// Read-only.
assert.throws(() => { 'use strict'; process.versions.node = 'x'; }, TypeError);
assert.ok(common);
