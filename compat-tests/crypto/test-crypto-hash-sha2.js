// covers: crypto.createHash, crypto.Hash.prototype.digest
'use strict';
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const abc = {
  sha224: '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7',
  sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  sha384: 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed' +
          '8086072ba1e7cc2358baeca134c825a7',
  sha512: 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
          '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
};
for (const [alg, hex] of Object.entries(abc)) {
  assert.strictEqual(crypto.createHash(alg).update('abc').digest('hex'), hex, alg);
  // Same via Buffer input and split updates.
  assert.strictEqual(crypto.createHash(alg).update(Buffer.from('a')).update('bc').digest('hex'), hex);
}
assert.strictEqual(crypto.createHash('sha256').digest('hex'),
                   'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
assert.strictEqual(crypto.createHash('sha256')
  .update('The quick brown fox jumps over the lazy dog').digest('hex'),
                   'd7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592');

// One million 'a's (FIPS 180-2 long message vector) fed in pieces.
const h = crypto.createHash('sha256');
const piece = 'a'.repeat(1000);
for (let i = 0; i < 1000; i++) h.update(piece);
assert.strictEqual(h.digest('hex'),
                   'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');

// Digest output encodings.
const raw = crypto.createHash('sha256').update('abc').digest();
assert.ok(Buffer.isBuffer(raw));
assert.strictEqual(raw.length, 32);
assert.strictEqual(crypto.createHash('sha256').update('abc').digest('base64'), raw.toString('base64'));
assert.strictEqual(crypto.createHash('sha256').update('abc').digest('base64url'),
                   raw.toString('base64url'));
assert.strictEqual(crypto.createHash('sha256').update('abc').digest('latin1'), raw.toString('latin1'));
