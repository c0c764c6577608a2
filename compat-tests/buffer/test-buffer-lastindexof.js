// covers: Buffer.prototype.lastIndexOf
'use strict';
require('../common');
const assert = require('assert');

const b = Buffer.from('abcdef abcdef');
assert.strictEqual(b.lastIndexOf('a'), 7);
assert.strictEqual(b.lastIndexOf('abc'), 7);
assert.strictEqual(b.lastIndexOf('abc', 6), 0);
assert.strictEqual(b.lastIndexOf('abc', 7), 7);
assert.strictEqual(b.lastIndexOf('zz'), -1);
assert.strictEqual(b.lastIndexOf(0x61), 7);
assert.strictEqual(b.lastIndexOf(Buffer.from('f')), 12);

// Negative offsets count from the end.
assert.strictEqual(b.lastIndexOf('a', -7), 0);
assert.strictEqual(b.lastIndexOf('a', -6), 7);
assert.strictEqual(b.lastIndexOf('a', -100), -1);
// Offsets past the end search the whole buffer.
assert.strictEqual(b.lastIndexOf('f', 1000), 12);
// NaN-like offsets search the whole buffer; 0-coercing ones only the start.
assert.strictEqual(b.lastIndexOf('b', undefined), 8);
assert.strictEqual(b.lastIndexOf('b', NaN), 8);
assert.strictEqual(b.lastIndexOf('b', {}), 8);
assert.strictEqual(b.lastIndexOf('b', null), -1);
assert.strictEqual(b.lastIndexOf('a', null), 0);
assert.strictEqual(b.lastIndexOf('b', []), -1);

// Encoding in the offset position.
assert.strictEqual(b.lastIndexOf('6263', 'hex'), 8);
const u = Buffer.from('aXaXa', 'ucs2');
assert.strictEqual(u.lastIndexOf('a', 'ucs2'), 8);
assert.strictEqual(u.lastIndexOf('a', 7, 'ucs2'), 4);

// Empty needle.
assert.strictEqual(b.lastIndexOf(''), b.length);
assert.strictEqual(b.lastIndexOf('', 3), 3);

// Needle longer than the buffer.
assert.strictEqual(Buffer.from('ab').lastIndexOf('abc'), -1);
