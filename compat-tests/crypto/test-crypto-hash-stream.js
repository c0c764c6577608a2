// covers: crypto.createHash, stream.Readable.prototype.setEncoding, stream.Duplex.prototype.write, stream.Duplex.prototype.end, stream.Readable.prototype.read
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const { pipeline, Readable } = require('stream');

// Hash objects are Transform streams emitting the digest.
const h = crypto.createHash('sha1');
h.setEncoding('hex');
h.on('data', common.mustCall((d) => {
  assert.strictEqual(d, 'a9993e364706816aba3e25717850c26c9cd0d89d');
}));
h.write('a');
h.end('bc');

// Piping a file through a hash.
pipeline(fs.createReadStream(common.fixtures.path('sample.txt')), crypto.createHash('md5'),
         async function(source) {
           const chunks = [];
           for await (const c of source) chunks.push(c);
           assert.strictEqual(Buffer.concat(chunks).toString('hex'), '37c4b87edffc5d198ff5a185cee7ee09');
         }, common.mustSucceed());

// read() after end.
const h2 = crypto.createHash('sha256');
Readable.from(['ab', 'c']).pipe(h2).on('finish', common.mustCall(() => {
  const digest = h2.read();
  assert.strictEqual(digest.toString('hex'),
                     'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
}));
