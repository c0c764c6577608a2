// covers: Buffer.isBuffer, Buffer.prototype.readUInt8
'use strict';
require('../common');
const assert = require('assert');

assert.strictEqual(Buffer.isBuffer(Buffer.alloc(1)), true);
assert.strictEqual(Buffer.isBuffer(Buffer.from('a').subarray(0)), true);
assert.strictEqual(Buffer.isBuffer(new Uint8Array(1)), false);
assert.strictEqual(Buffer.isBuffer(new ArrayBuffer(1)), false);
assert.strictEqual(Buffer.isBuffer('abc'), false);
assert.strictEqual(Buffer.isBuffer(null), false);
assert.strictEqual(Buffer.isBuffer(undefined), false);
assert.strictEqual(Buffer.isBuffer({}), false);

// Buffer is a subclass of Uint8Array.
const b = Buffer.alloc(2);
assert.ok(b instanceof Uint8Array);
assert.strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
assert.strictEqual(ArrayBuffer.isView(b), true);

// A Uint8Array with Buffer.prototype swapped in counts as a Buffer.
const u = new Uint8Array([7]);
Object.setPrototypeOf(u, Buffer.prototype);
assert.strictEqual(Buffer.isBuffer(u), true);
assert.strictEqual(u.readUInt8(0), 7);
