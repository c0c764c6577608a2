// covers: Buffer.prototype.at, Buffer.prototype.with, Buffer.prototype.set
// covers: Buffer.prototype.copyWithin, Buffer.prototype.reverse, Buffer.prototype.sort
// covers: Buffer.prototype.toReversed, Buffer.prototype.toSorted, Buffer[Symbol.species]
'use strict';
const common = require('../common');
const assert = require('assert');

// at: negative indices count from the end.
const b = Buffer.from([1, 2, 3, 4]);
assert.strictEqual(b.at(0), 1);
assert.strictEqual(b.at(-1), 4);
assert.strictEqual(b.at(-4), 1);
assert.strictEqual(b.at(4), undefined);
assert.strictEqual(b.at(-5), undefined);

// set copies an array or another buffer at an offset.
const dst = Buffer.alloc(5);
dst.set([7, 8]);
dst.set(Buffer.from([9, 9]), 3);
assert.deepStrictEqual([...dst], [7, 8, 0, 9, 9]);
assert.throws(() => dst.set([1, 2, 3], 4), RangeError);

// copyWithin moves bytes inside the buffer and returns it.
const cw = Buffer.from('abcdef');
assert.strictEqual(cw.copyWithin(0, 3), cw);
assert.strictEqual(cw.toString(), 'defdef');
assert.strictEqual(Buffer.from('abcdef').copyWithin(2, 0, 2).toString(), 'ababef');
assert.strictEqual(Buffer.from('abcdef').copyWithin(-2, 0).toString(), 'abcdab');

// reverse and sort work in place and return the same buffer.
const r = Buffer.from([3, 1, 2]);
assert.strictEqual(r.reverse(), r);
assert.deepStrictEqual([...r], [2, 1, 3]);
const s = Buffer.from([30, 4, 200, 1]);
assert.strictEqual(s.sort(), s);
assert.deepStrictEqual([...s], [1, 4, 30, 200]);   // numeric, not string, order
s.sort((x, y) => y - x);
assert.deepStrictEqual([...s], [200, 30, 4, 1]);

// toReversed / toSorted / with copy; the source stays as it was.
const src = Buffer.from([9, 3, 5]);
const rev = src.toReversed();
const sorted = src.toSorted();
const changed = src.with(1, 7);
const changedNeg = src.with(-1, 0);
assert.deepStrictEqual([...src], [9, 3, 5]);
assert.deepStrictEqual([...rev], [5, 3, 9]);
assert.deepStrictEqual([...sorted], [3, 5, 9]);
assert.deepStrictEqual([...src.toSorted((x, y) => y - x)], [9, 5, 3]);
assert.deepStrictEqual([...changed], [9, 7, 5]);
assert.deepStrictEqual([...changedNeg], [9, 3, 0]);
assert.ok(rev instanceof Uint8Array);
assert.ok(sorted instanceof Uint8Array);
assert.throws(() => src.with(3, 1), RangeError);
assert.throws(() => src.toSorted('nope'), TypeError);

// Buffer[Symbol.species] builds objects whose prototype is Buffer.prototype, so
// derived buffers (slice, map) are Buffers.
const Species = Buffer[Symbol.species];
assert.strictEqual(typeof Species, 'function');
assert.strictEqual(Species.prototype, Buffer.prototype);
const made = new Species(3);
assert.ok(Buffer.isBuffer(made));
assert.strictEqual(made.length, 3);
assert.ok(Buffer.isBuffer(b.slice(1)));
assert.ok(Buffer.isBuffer(b.map((x) => x)));
assert.ok(common);
