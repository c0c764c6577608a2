// covers: crypto.createCipheriv, crypto.createDecipheriv
'use strict';
require('../common');
const assert = require('assert');
const crypto = require('crypto');

// NIST SP 800-38A F.5.5 (CTR-AES256), first block.
const key = Buffer.from('603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4', 'hex');
const ctr = Buffer.from('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff', 'hex');
const pt = Buffer.from('6bc1bee22e409f96e93d7e117393172a', 'hex');
const c = crypto.createCipheriv('aes-256-ctr', key, ctr);
assert.strictEqual(Buffer.concat([c.update(pt), c.final()]).toString('hex'),
                   '601ec313775789a5b7a7f504bbf3d228');

// CTR is a stream mode: output length equals input length, any size.
const data = Buffer.from('odd sized message!');
const enc = crypto.createCipheriv('aes-128-ctr', Buffer.alloc(16, 3), Buffer.alloc(16));
const out = Buffer.concat([enc.update(data), enc.final()]);
assert.strictEqual(out.length, data.length);
// Decryption is the same operation.
const dec = crypto.createDecipheriv('aes-128-ctr', Buffer.alloc(16, 3), Buffer.alloc(16));
assert.deepStrictEqual(Buffer.concat([dec.update(out), dec.final()]), data);
// Chunked updates produce the same stream.
const enc2 = crypto.createCipheriv('aes-128-ctr', Buffer.alloc(16, 3), Buffer.alloc(16));
const pieces = [enc2.update(data.subarray(0, 5)), enc2.update(data.subarray(5)), enc2.final()];
assert.deepStrictEqual(Buffer.concat(pieces), out);
