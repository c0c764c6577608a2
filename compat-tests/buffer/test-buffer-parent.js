// covers: Buffer.prototype.parent
'use strict';
// buf.parent: deprecated alias of buf.buffer (the backing ArrayBuffer).
require('../common');
const assert = require('assert');

const desc = Object.getOwnPropertyDescriptor(Buffer.prototype, 'parent');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.set, undefined);

const ab = new ArrayBuffer(16);
const view = Buffer.from(ab, 4, 8);
assert.strictEqual(view.parent, ab);
assert.strictEqual(view.parent, view.buffer);
assert.strictEqual(view.parent.byteLength, 16);
// Writes through the buffer show in its parent.
view[0] = 0x7f;
assert.strictEqual(new Uint8Array(view.parent)[4], 0x7f);

// Slices share the parent.
const big = Buffer.alloc(10000);
assert.strictEqual(big.parent.byteLength, 10000);
assert.strictEqual(big.subarray(10, 20).parent, big.parent);
assert.ok(Buffer.from('abc').parent instanceof ArrayBuffer);

// Not a Buffer: undefined rather than a throw.
assert.strictEqual(desc.get.call(new Uint8Array(4)), undefined);
assert.strictEqual(desc.get.call({}), undefined);
// Read-only.
assert.throws(() => { 'use strict'; view.parent = null; }, TypeError);
assert.strictEqual(view.parent, ab);
