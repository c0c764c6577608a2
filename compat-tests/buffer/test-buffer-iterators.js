// covers: Buffer.prototype.keys, Buffer.prototype.values, Buffer.prototype.entries, Buffer.prototype[Symbol.iterator]
'use strict';
require('../common');
const assert = require('assert');

const b = Buffer.from([10, 20, 30]);
assert.deepStrictEqual([...b], [10, 20, 30]);
assert.deepStrictEqual([...b.keys()], [0, 1, 2]);
assert.deepStrictEqual([...b.values()], [10, 20, 30]);
assert.deepStrictEqual([...b.entries()], [[0, 10], [1, 20], [2, 30]]);
assert.strictEqual(b[Symbol.iterator], b.values);

const it = b.values();
assert.deepStrictEqual(it.next(), { value: 10, done: false });
it.next(); it.next();
assert.deepStrictEqual(it.next(), { value: undefined, done: true });

let sum = 0;
for (const v of b) sum += v;
assert.strictEqual(sum, 60);

// Index access and out-of-range index.
assert.strictEqual(b[1], 20);
assert.strictEqual(b[3], undefined);
b[0] = 300;
assert.strictEqual(b[0], 44);
b[1] = -1;
assert.strictEqual(b[1], 255);

// Array methods inherited from Uint8Array.
assert.strictEqual(b.length, 3);
assert.deepStrictEqual(Array.from(b.map((x) => x + 1)), [45, 0, 31]);
assert.ok(Buffer.isBuffer(b.map((x) => x)));
assert.strictEqual(b.reverse(), b);
assert.deepStrictEqual([...b], [30, 255, 44]);
