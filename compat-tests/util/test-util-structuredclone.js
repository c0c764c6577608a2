// covers: globalThis.structuredClone
'use strict';
const common = require('../common');
const assert = require('assert');

const src = { n: 1, s: 'x', d: new Date(5), r: /a/g, m: new Map([[1, { deep: true }]]), set: new Set([1]),
              arr: [1, [2]], big: 3n, u8: new Uint8Array([1, 2]), nested: { undef: undefined } };
const copy = structuredClone(src);
assert.notStrictEqual(copy, src);
assert.deepStrictEqual(copy, src);
assert.notStrictEqual(copy.m.get(1), src.m.get(1));
// Cycles are preserved.
const c = { name: 'c' };
c.self = c;
const cc = structuredClone(c);
assert.strictEqual(cc.self, cc);
// Class instances lose their prototype.
class P { constructor() { this.v = 1; } }
assert.strictEqual(Object.getPrototypeOf(structuredClone(new P())), Object.prototype);
// Errors keep name and message.
const e = structuredClone(new RangeError('r'));
assert.ok(e instanceof RangeError);
assert.strictEqual(e.message, 'r');
// Functions and symbols cannot be cloned.
assert.throws(() => structuredClone(() => {}), (err) => err.name === 'DataCloneError');
assert.throws(() => structuredClone(Symbol('s')), (err) => err.name === 'DataCloneError');
// transfer detaches the original buffer.
const buf = new ArrayBuffer(4);
const moved = structuredClone(buf, { transfer: [buf] });
assert.strictEqual(moved.byteLength, 4);
assert.strictEqual(buf.byteLength, 0);
assert.throws(() => structuredClone(), TypeError);
assert.ok(common);

// A DOMException (a subclass too) comes back as a DOMException with its name, message and stack.
class MyException extends DOMException {}
for (const original of [new DOMException('gone', 'AbortError'), new MyException('bad', 'DataCloneError')]) {
  const copy = structuredClone(original);
  assert.notStrictEqual(copy, original);
  assert.strictEqual(Object.getPrototypeOf(copy), DOMException.prototype);
  assert.strictEqual(copy.name, original.name);
  assert.strictEqual(copy.message, original.message);
  assert.strictEqual(copy.code, original.code);
  assert.strictEqual(copy.stack, original.stack);
}
// Only ArrayBuffers (and transferable objects) may be listed in transfer.
for (const item of [{}, new Map(), new AbortController().signal]) {
  assert.throws(() => structuredClone(1, { transfer: [item] }),
    { name: 'DataCloneError', message: 'Found invalid value in transferList.' });
}
