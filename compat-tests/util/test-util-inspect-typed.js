// covers: util.inspect
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

const i = util.inspect;
assert.strictEqual(i(new Int16Array([-1, 2])), 'Int16Array(2) [ -1, 2 ]');
assert.strictEqual(i(new Float64Array([0.5])), 'Float64Array(1) [ 0.5 ]');
assert.strictEqual(i(new BigInt64Array([1n])), 'BigInt64Array(1) [ 1n ]');
assert.strictEqual(i(new Uint8Array(0)), 'Uint8Array(0) []');
assert.strictEqual(i(new DataView(new ArrayBuffer(1))),
                   'DataView {\n  [byteLength]: 1,\n  [byteOffset]: 0,\n  [buffer]: ArrayBuffer { [Uint8Contents]: <00>, [byteLength]: 1 }\n}');
assert.strictEqual(i(Buffer.alloc(60)).endsWith(' ... 10 more bytes>'), true);
// With showHidden, a typed array lists its accessors; its buffer shows only the byte length.
assert.strictEqual(i(new Uint8Array(1), { showHidden: true, breakLength: Infinity }),
                   'Uint8Array(1) [ 0, [BYTES_PER_ELEMENT]: 1, [length]: 1, [byteLength]: 1, ' +
                   '[byteOffset]: 0, [buffer]: ArrayBuffer { [byteLength]: 1 } ]');
assert.ok(common);
