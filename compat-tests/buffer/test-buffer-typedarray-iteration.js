// covers: Buffer.prototype.every, Buffer.prototype.some, Buffer.prototype.filter
// covers: Buffer.prototype.map, Buffer.prototype.forEach, Buffer.prototype.find
// covers: Buffer.prototype.findIndex, Buffer.prototype.findLast, Buffer.prototype.findLastIndex
// covers: Buffer.prototype.reduce, Buffer.prototype.reduceRight, Buffer.prototype.join
'use strict';
const common = require('../common');
const assert = require('assert');

const buf = Buffer.from([5, 10, 15, 20, 25]);

// every / some, with index and the buffer passed to the callback.
assert.strictEqual(buf.every((v) => v % 5 === 0), true);
assert.strictEqual(buf.every((v) => v > 5), false);
assert.strictEqual(buf.some((v) => v > 20), true);
assert.strictEqual(buf.some((v) => v > 100), false);
assert.strictEqual(Buffer.alloc(0).every(common.mustNotCall()), true);
assert.strictEqual(Buffer.alloc(0).some(common.mustNotCall()), false);

// forEach visits each byte in order and returns undefined.
const seen = [];
assert.strictEqual(buf.forEach(function(v, i, arr) {
  assert.strictEqual(arr, buf);
  assert.strictEqual(this, seen);
  seen.push([i, v]);
}, seen), undefined);
assert.deepStrictEqual(seen, [[0, 5], [1, 10], [2, 15], [3, 20], [4, 25]]);

// map and filter produce Buffers; map's results wrap around to bytes.
const mapped = buf.map((v) => v * 20);
assert.ok(Buffer.isBuffer(mapped));
assert.deepStrictEqual([...mapped], [100, 200, 300 & 0xff, 400 & 0xff, 500 & 0xff]);
const filtered = buf.filter((v, i) => i % 2 === 0);
assert.ok(Buffer.isBuffer(filtered));
assert.deepStrictEqual(filtered, Buffer.from([5, 15, 25]));
assert.strictEqual(buf.filter(() => false).length, 0);
// The source is untouched.
assert.deepStrictEqual([...buf], [5, 10, 15, 20, 25]);

// find / findIndex / findLast / findLastIndex.
assert.strictEqual(buf.find((v) => v > 12), 15);
assert.strictEqual(buf.find((v) => v > 99), undefined);
assert.strictEqual(buf.findIndex((v) => v > 12), 2);
assert.strictEqual(buf.findIndex((v) => v > 99), -1);
assert.strictEqual(buf.findLast((v) => v < 22), 20);
assert.strictEqual(buf.findLast((v) => v < 0), undefined);
assert.strictEqual(buf.findLastIndex((v) => v < 22), 3);
assert.strictEqual(buf.findLastIndex((v) => v < 0), -1);
assert.throws(() => buf.find('not a function'), TypeError);

// reduce / reduceRight.
assert.strictEqual(buf.reduce((acc, v) => acc + v), 75);
assert.strictEqual(buf.reduce((acc, v) => acc + String.fromCharCode(v + 60), ''), 'AFKPU');
assert.strictEqual(buf.reduceRight((acc, v) => acc + String.fromCharCode(v + 60), ''), 'UPKFA');
assert.strictEqual(Buffer.alloc(0).reduce((a, b) => a + b, 7), 7);
assert.throws(() => Buffer.alloc(0).reduce((a, b) => a + b), TypeError);
assert.throws(() => Buffer.alloc(0).reduceRight((a, b) => a + b), TypeError);

// join: numbers joined with a separator (',' by default).
assert.strictEqual(buf.join(), '5,10,15,20,25');
assert.strictEqual(buf.join('-'), '5-10-15-20-25');
assert.strictEqual(buf.subarray(1, 3).join(''), '1015');
assert.strictEqual(Buffer.alloc(0).join(), '');
