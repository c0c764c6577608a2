// covers: buffer.Blob.prototype.stream, buffer.Blob, stream/web.ReadableStream
'use strict';
const common = require('../common');
const assert = require('assert');
const { Blob } = require('buffer');

const chunks = [];
for (let i = 0; i < 10; i++) chunks.push(`chunk-${i};`);
const blob = new Blob(chunks);

(async () => {
  const rs = blob.stream();
  assert.strictEqual(typeof rs.getReader, 'function');
  const parts = [];
  for await (const c of rs) {
    assert.ok(c instanceof Uint8Array);
    parts.push(Buffer.from(c));
  }
  assert.strictEqual(Buffer.concat(parts).toString(), chunks.join(''));

  // Reader API on an empty blob ends immediately.
  const reader = new Blob([]).stream().getReader();
  const first = await reader.read();
  assert.strictEqual(first.done, true);

  // Modifying the source after construction does not affect the blob.
  const src = new Uint8Array([1, 2, 3]);
  const b2 = new Blob([src]);
  src[0] = 9;
  assert.deepStrictEqual([...new Uint8Array(await b2.arrayBuffer())], [1, 2, 3]);
})().then(common.mustCall());
