// covers: Buffer.prototype.includes
'use strict';
const common = require('../common');
const assert = require('assert');

const b = Buffer.from('hello world');
assert.strictEqual(b.includes('world'), true);
assert.strictEqual(b.includes('World'), false);
assert.strictEqual(b.includes('o', 5), true);
assert.strictEqual(b.includes('h', 1), false);
assert.strictEqual(b.includes('d', -1), true);
assert.strictEqual(b.includes(0x20), true);
assert.strictEqual(b.includes(0x21), false);
assert.strictEqual(b.includes(Buffer.from('lo w')), true);
assert.strictEqual(b.includes(new Uint8Array([0x6f, 0x72])), true);
assert.strictEqual(b.includes('776f726c64', 'hex'), true);
assert.strictEqual(b.includes('776f726c64', 7, 'hex'), false);
assert.strictEqual(b.includes('d29ybGQ=', 'base64'), true);
assert.strictEqual(b.includes(''), true);
assert.strictEqual(Buffer.alloc(0).includes(''), true);
assert.strictEqual(Buffer.alloc(0).includes(0), false);

const u = Buffer.from('\u0100\u0101', 'utf16le');
assert.strictEqual(u.includes('\u0101', 'utf16le'), true);
assert.strictEqual(u.includes('\u0101'), false);  // utf8 bytes c4 81 not present

assert.throws(() => b.includes(() => {}), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
}));
