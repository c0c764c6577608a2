// covers: Buffer.prototype.indexOf
'use strict';
const common = require('../common');
const assert = require('assert');

const b = Buffer.from('abcdef abcdef');
assert.strictEqual(b.indexOf('a'), 0);
assert.strictEqual(b.indexOf('cd'), 2);
assert.strictEqual(b.indexOf('cd', 3), 9);
assert.strictEqual(b.indexOf('zz'), -1);
assert.strictEqual(b.indexOf(Buffer.from('def')), 3);
assert.strictEqual(b.indexOf(new Uint8Array([0x65, 0x66])), 4);
assert.strictEqual(b.indexOf(0x20), 6);
// Numbers are taken mod 256.
assert.strictEqual(b.indexOf(0x20 + 256), 6);
assert.strictEqual(b.indexOf(99.9), 2);  // 'c'

// Negative byteOffset counts from the end.
assert.strictEqual(b.indexOf('a', -5), -1);
assert.strictEqual(b.indexOf('a', -6), 7);
assert.strictEqual(b.indexOf('a', -8), 7);
assert.strictEqual(b.indexOf('a', -100), 0);
// Offset beyond the end.
assert.strictEqual(b.indexOf('a', 100), -1);
// Non-number offset: strings are treated as an encoding.
assert.strictEqual(b.indexOf('6162', 'hex'), 0);
assert.strictEqual(b.indexOf('6162', 1, 'hex'), 7);
// NaN/undefined/null/{} offsets search the whole buffer.
assert.strictEqual(b.indexOf('b', null), 1);
assert.strictEqual(b.indexOf('b', {}), 1);
assert.strictEqual(b.indexOf('b', undefined), 1);

// Empty needle: returns byteOffset (clamped to length).
assert.strictEqual(b.indexOf(''), 0);
assert.strictEqual(b.indexOf('', 5), 5);
assert.strictEqual(b.indexOf('', 100), b.length);
assert.strictEqual(b.indexOf(Buffer.alloc(0), 2), 2);

// Encodings for the needle.
const u = Buffer.from('héllo wörld', 'utf16le');
assert.strictEqual(u.indexOf('wö', 'utf16le'), 12);
assert.strictEqual(u.indexOf('wö', 0, 'ucs2'), 12);
assert.strictEqual(Buffer.from('héllo', 'latin1').indexOf('é', 'latin1'), 1);
assert.strictEqual(Buffer.from('ab==').indexOf('YWI=', 'base64'), 0);
assert.strictEqual(Buffer.from('héllo').indexOf('é'), 1);
assert.strictEqual(Buffer.from('héllo').indexOf('l'), 3);

assert.throws(() => b.indexOf('a', 0, 'bogus'), common.expectsError({
  code: 'ERR_UNKNOWN_ENCODING',
  message: 'Unknown encoding: bogus',
}));
assert.throws(() => b.indexOf({}), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: /^The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array\. Received/,
}));
