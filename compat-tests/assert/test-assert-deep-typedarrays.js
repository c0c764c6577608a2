// covers: assert.deepStrictEqual, assert.deepEqual, assert.notDeepStrictEqual
'use strict';
require('../common');
const assert = require('assert');

assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]));
assert.notDeepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]));
assert.notDeepStrictEqual(new Uint8Array([1]), new Int8Array([1]));
assert.notDeepStrictEqual(new Uint8Array([1]), new Uint8Array([1, 0]));
assert.deepStrictEqual(new Float32Array([NaN]), new Float32Array([NaN]));
assert.deepEqual(new Float64Array([0]), new Float64Array([-0]));
assert.deepStrictEqual(new BigInt64Array([1n]), new BigInt64Array([1n]));
assert.deepStrictEqual(new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)));
// Views over different windows of the same data.
const base = new Uint8Array([9, 1, 2, 9]);
assert.deepStrictEqual(base.subarray(1, 3), new Uint8Array([1, 2]));
// Buffer vs Buffer of same bytes with different offsets.
assert.deepStrictEqual(Buffer.from('xab').subarray(1), Buffer.from('ab'));
// Array vs typed array.
assert.notDeepStrictEqual([1, 2], new Uint8Array([1, 2]));
