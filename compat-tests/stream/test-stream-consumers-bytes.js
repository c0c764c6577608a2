// covers: stream/consumers.bytes, stream/consumers.arrayBuffer, stream/consumers.buffer
'use strict';
const common = require('../common');
const assert = require('assert');
const { bytes, arrayBuffer, buffer } = require('stream/consumers');
const { Readable, PassThrough } = require('stream');

bytes(Readable.from([Buffer.from('ab'), 'cd'])).then(common.mustCall((u8) => {
  assert.strictEqual(u8.constructor, Uint8Array);
  assert.strictEqual(Buffer.from(u8).toString(), 'abcd');
}));

// Object chunks are converted the way a Blob converts its parts (to strings).
const objects = new PassThrough({ objectMode: true });
arrayBuffer(objects).then(common.mustCall((ab) => {
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(ab).toString(), '[object Object][object Object]');
}));
objects.write({});
objects.end({});

buffer(Readable.from([new Uint8Array([1, 2]), new Uint8Array([3])])).then(common.mustCall((buf) => {
  assert.ok(Buffer.isBuffer(buf));
  assert.deepStrictEqual([...buf], [1, 2, 3]);
}));
