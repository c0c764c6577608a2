// covers: buffer.Blob.prototype.bytes, buffer.Blob.prototype[Symbol.toStringTag]
// covers: buffer.File.prototype[Symbol.toStringTag]
'use strict';
const common = require('../common');
const assert = require('assert');
const { Blob, File } = require('buffer');

const blob = new Blob(['ab', new Uint8Array([0x63, 0x64]), Buffer.from('\u20ac')]);
assert.strictEqual(Object.prototype.toString.call(blob), '[object Blob]');
assert.strictEqual(blob[Symbol.toStringTag], 'Blob');
const file = new File(['x'], 'name.txt', { type: 'text/plain' });
assert.strictEqual(Object.prototype.toString.call(file), '[object File]');
assert.strictEqual(file[Symbol.toStringTag], 'File');
assert.ok(file instanceof Blob);

(async () => {
  // bytes() resolves with a fresh Uint8Array holding the contents.
  const p = blob.bytes();
  assert.ok(p instanceof Promise);
  const bytes = await p;
  assert.ok(bytes instanceof Uint8Array);
  assert.strictEqual(Buffer.isBuffer(bytes), false);
  assert.deepStrictEqual([...bytes], [0x61, 0x62, 0x63, 0x64, 0xe2, 0x82, 0xac]);
  const again = await blob.bytes();
  assert.notStrictEqual(again, bytes);
  assert.deepStrictEqual(again, bytes);
  // Mutating the result does not change the blob.
  bytes[0] = 0;
  assert.strictEqual(await blob.text(), 'abcd\u20ac');

  assert.deepStrictEqual([...await blob.slice(1, 3).bytes()], [0x62, 0x63]);
  assert.strictEqual((await new Blob([]).bytes()).length, 0);
  assert.deepStrictEqual([...await file.bytes()], [0x78]);

  // Called on something that is not a Blob, it rejects.
  await assert.rejects(Blob.prototype.bytes.call({}),
                       common.expectsError({ code: 'ERR_INVALID_THIS', name: 'TypeError' }));
})().then(common.mustCall());
