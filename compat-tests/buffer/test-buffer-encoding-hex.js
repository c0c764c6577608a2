// covers: Buffer.from, Buffer.prototype.toString, Buffer.prototype.write, Buffer.byteLength
'use strict';
require('../common');
const assert = require('assert');

assert.strictEqual(Buffer.from([0, 15, 16, 255]).toString('hex'), '000f10ff');
assert.deepStrictEqual([...Buffer.from('000f10ff', 'hex')], [0, 15, 16, 255]);
assert.deepStrictEqual([...Buffer.from('ABCDEF', 'hex')], [0xab, 0xcd, 0xef]);

// Odd length: the trailing nibble is dropped.
assert.deepStrictEqual([...Buffer.from('abc', 'hex')], [0xab]);
assert.strictEqual(Buffer.from('a', 'hex').length, 0);

// Decoding stops at the first invalid pair.
assert.deepStrictEqual([...Buffer.from('12zz34', 'hex')], [0x12]);
assert.deepStrictEqual([...Buffer.from('1g', 'hex')], []);
assert.deepStrictEqual([...Buffer.from('ab 12', 'hex')], [0xab]);
assert.strictEqual(Buffer.from('xx', 'hex').length, 0);

// byteLength for hex is length >>> 1.
assert.strictEqual(Buffer.byteLength('abcd', 'hex'), 2);
assert.strictEqual(Buffer.byteLength('abc', 'hex'), 1);

// write with hex returns bytes written and stops on invalid input.
const buf = Buffer.alloc(4);
assert.strictEqual(buf.write('aabbccdd', 'hex'), 4);
assert.strictEqual(buf.toString('hex'), 'aabbccdd');
assert.strictEqual(buf.write('11zz', 'hex'), 1);
assert.strictEqual(buf.toString('hex'), '11bbccdd');
assert.strictEqual(buf.write('2233', 2, 'hex'), 2);
assert.strictEqual(buf.toString('hex'), '11bb2233');

// toString with range.
assert.strictEqual(buf.toString('hex', 1, 3), 'bb22');
