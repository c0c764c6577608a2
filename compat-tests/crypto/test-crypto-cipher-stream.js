// covers: crypto.createCipheriv, crypto.createDecipheriv, crypto.Cipheriv, crypto.Decipheriv, stream.pipeline
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const { pipeline, Readable, Transform } = require('stream');

const key = crypto.randomBytes(32);
const iv = crypto.randomBytes(16);
const input = 'stream me '.repeat(1000);

const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);
assert.ok(cipher instanceof Transform);
const decipher = crypto.createDecipheriv('aes-256-cbc', key, iv);
assert.ok(decipher instanceof Transform);

const chunks = [];
pipeline(
  Readable.from([input.slice(0, 777), input.slice(777)], { objectMode: false }),
  cipher,
  decipher,
  async function(source) {
    for await (const c of source) chunks.push(c);
  },
  common.mustSucceed(() => {
    assert.strictEqual(Buffer.concat(chunks).toString(), input);
  }),
);

// A stream decipher with the wrong key emits an error.
const wrong = crypto.createDecipheriv('aes-256-cbc', Buffer.alloc(32), iv);
const ct = crypto.createCipheriv('aes-256-cbc', key, iv);
const enc = Buffer.concat([ct.update('data'), ct.final()]);
wrong.on('error', common.mustCall((err) => assert.match(err.message, /bad decrypt/)));
wrong.resume();
wrong.end(enc);
