// covers: Buffer.prototype.toJSON, Buffer.from
'use strict';
require('../common');
const assert = require('assert');

const b = Buffer.from([1, 2, 255]);
assert.deepStrictEqual(b.toJSON(), { type: 'Buffer', data: [1, 2, 255] });
assert.strictEqual(JSON.stringify(b), '{"type":"Buffer","data":[1,2,255]}');
assert.deepStrictEqual(Buffer.alloc(0).toJSON(), { type: 'Buffer', data: [] });

// JSON nested in an object.
assert.strictEqual(JSON.stringify({ x: Buffer.from('A') }), '{"x":{"type":"Buffer","data":[65]}}');

// Round-trip: Buffer.from accepts the JSON shape.
const parsed = JSON.parse(JSON.stringify(b));
assert.deepStrictEqual(Buffer.from(parsed), b);
// Reviver pattern.
const revived = JSON.parse(JSON.stringify({ v: b }), (k, v) =>
  (v && v.type === 'Buffer' ? Buffer.from(v.data) : v));
assert.ok(Buffer.isBuffer(revived.v));
assert.deepStrictEqual(revived.v, b);
