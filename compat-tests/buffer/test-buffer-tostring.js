// covers: Buffer.prototype.toString, Buffer.prototype.toLocaleString
'use strict';
const common = require('../common');
const assert = require('assert');

const b = Buffer.from('abcdef');
assert.strictEqual(b.toString(), 'abcdef');
assert.strictEqual(b.toString(undefined), 'abcdef');
assert.strictEqual(b.toString('utf8', 2), 'cdef');
assert.strictEqual(b.toString('utf8', 2, 4), 'cd');
// Out-of-range start/end are clamped.
assert.strictEqual(b.toString('utf8', -5, 100), 'abcdef');
assert.strictEqual(b.toString('utf8', 10), '');
assert.strictEqual(b.toString('utf8', 4, 2), '');
assert.strictEqual(b.toString('utf8', 0, 0), '');
// Non-numeric start/end are coerced.
assert.strictEqual(b.toString('utf8', '1', '3'), 'bc');
assert.strictEqual(b.toString('utf8', NaN, 2), 'ab');
assert.strictEqual(b.toString('utf8', 1, NaN), '');

// Splitting multibyte chars at a range boundary yields replacement chars.
const e = Buffer.from('é');
assert.strictEqual(e.toString('utf8', 0, 1), '\ufffd');

// Encodings are case-insensitive.
assert.strictEqual(Buffer.from('ab').toString('HEX'), '6162');

assert.throws(() => b.toString('bogus'), common.expectsError({
  code: 'ERR_UNKNOWN_ENCODING',
  name: 'TypeError',
  message: 'Unknown encoding: bogus',
}));
assert.throws(() => b.toString(null), common.expectsError({ code: 'ERR_UNKNOWN_ENCODING' }));

// toLocaleString is the same function as toString.
assert.strictEqual(Buffer.prototype.toLocaleString, Buffer.prototype.toString);
assert.strictEqual(String(Buffer.from('xy')), 'xy');
