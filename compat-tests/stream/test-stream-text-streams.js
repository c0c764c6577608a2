// covers: stream/web.TextEncoderStream, stream/web.TextDecoderStream, globalThis.TextDecoderStream, globalThis.TextEncoderStream
'use strict';
const common = require('../common');
const assert = require('assert');
const { TextEncoderStream, TextDecoderStream, ReadableStream } = require('stream/web');

assert.strictEqual(globalThis.TextEncoderStream, TextEncoderStream);
assert.strictEqual(globalThis.TextDecoderStream, TextDecoderStream);

(async () => {
  const bytes = [];
  const enc = new ReadableStream({ start(c) { c.enqueue('h€'); c.close(); } })
    .pipeThrough(new TextEncoderStream());
  for await (const chunk of enc) {
    assert.ok(chunk instanceof Uint8Array);
    bytes.push(...chunk);
  }
  assert.deepStrictEqual(bytes, [0x68, 0xe2, 0x82, 0xac]);

  // Decoder handles sequences split across chunks.
  const euro = [0xe2, 0x82, 0xac];
  const dec = new ReadableStream({
    start(c) {
      for (const b of euro) c.enqueue(new Uint8Array([b]));
      c.close();
    },
  }).pipeThrough(new TextDecoderStream());
  let text = '';
  for await (const s of dec) text += s;
  assert.strictEqual(text, '€');

  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  assert.strictEqual(fatal.encoding, 'utf-8');
  assert.strictEqual(fatal.fatal, true);
})().then(common.mustCall());
