// covers: buffer.Blob, buffer.Blob.prototype.size, buffer.Blob.prototype.type, buffer.Blob.prototype.text, buffer.Blob.prototype.arrayBuffer, buffer.Blob.prototype.slice, globalThis.Blob
'use strict';
const common = require('../common');
const assert = require('assert');
const { Blob } = require('buffer');

assert.strictEqual(globalThis.Blob, Blob);

const blob = new Blob(['abc', Buffer.from('def'), new Uint8Array([0x67]), new Blob(['hi'])],
                      { type: 'text/plain' });
assert.strictEqual(blob.size, 9);
assert.strictEqual(blob.type, 'text/plain');
assert.strictEqual(Object.prototype.toString.call(blob), '[object Blob]');

const empty = new Blob();
assert.strictEqual(empty.size, 0);
assert.strictEqual(empty.type, '');

// type is lowercased; non-ASCII printable types become ''.
assert.strictEqual(new Blob([], { type: 'TEXT/HTML' }).type, 'text/html');
assert.strictEqual(new Blob([], { type: 'a\u0100' }).type, '');

// Strings are UTF-8 encoded; lone surrogates replaced.
assert.strictEqual(new Blob(['é']).size, 2);
assert.strictEqual(new Blob(['\ud800']).size, 3);

(async () => {
  assert.strictEqual(await blob.text(), 'abcdefghi');
  const ab = await blob.arrayBuffer();
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(ab).toString(), 'abcdefghi');

  const sliced = blob.slice(2, 5);
  assert.strictEqual(sliced.size, 3);
  assert.strictEqual(sliced.type, '');
  assert.strictEqual(await sliced.text(), 'cde');
  assert.strictEqual(await blob.slice(-3).text(), 'ghi');
  assert.strictEqual(await blob.slice(0, -7).text(), 'ab');
  assert.strictEqual(await blob.slice(5, 2).text(), '');
  assert.strictEqual(blob.slice(0, 1, 'x/y').type, 'x/y');

  if (typeof blob.bytes === 'function') {
    const bytes = await blob.bytes();
    assert.ok(bytes instanceof Uint8Array);
    assert.strictEqual(bytes.length, 9);
  }
})().then(common.mustCall());

// Sources must be iterable.
assert.throws(() => new Blob('abc'), { name: 'TypeError' });
assert.throws(() => new Blob(1), { name: 'TypeError' });
