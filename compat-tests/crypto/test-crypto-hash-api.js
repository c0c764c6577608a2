// covers: crypto.createHash, crypto.Hash.prototype.update, crypto.Hash.prototype.digest, crypto.Hash.prototype.copy, crypto.Hash
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

// update() returns this; input encodings.
const h = crypto.createHash('sha256');
assert.strictEqual(h.update('x'), h);
assert.ok(h instanceof crypto.Hash);
assert.strictEqual(crypto.createHash('sha1').update('616263', 'hex').digest('hex'),
                   crypto.createHash('sha1').update('abc').digest('hex'));
assert.strictEqual(crypto.createHash('sha1').update('YWJj', 'base64').digest('hex'),
                   crypto.createHash('sha1').update('abc').digest('hex'));
// Strings default to utf8.
assert.strictEqual(crypto.createHash('md5').update('é').digest('hex'),
                   crypto.createHash('md5').update(Buffer.from('c3a9', 'hex')).digest('hex'));
// TypedArray and DataView inputs.
assert.strictEqual(crypto.createHash('md5').update(new Uint8Array([0x61, 0x62, 0x63])).digest('hex'),
                   '900150983cd24fb0d6963f7d28e17f72');
assert.strictEqual(crypto.createHash('md5').update(new DataView(Buffer.from('abc').buffer.slice(0))).digest('hex').length, 32);

// copy() forks the state.
const base = crypto.createHash('sha256').update('ab');
const fork = base.copy();
base.update('c');
fork.update('c');
assert.strictEqual(base.digest('hex'), fork.digest('hex'));

// digest() twice fails; update() after digest too.
const done = crypto.createHash('sha256');
done.digest();
assert.throws(() => done.digest(), common.expectsError({
  code: 'ERR_CRYPTO_HASH_FINALIZED',
  name: 'Error',
  message: 'Digest already called',
}));
assert.throws(() => done.update('x'), common.expectsError({ code: 'ERR_CRYPTO_HASH_FINALIZED' }));
assert.throws(() => done.copy(), common.expectsError({ code: 'ERR_CRYPTO_HASH_FINALIZED' }));

// Bad inputs.
assert.throws(() => crypto.createHash('sha256').update(42), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: /^The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView\. Received type number \(42\)$/,
}));
assert.throws(() => crypto.createHash('no-such-hash'), (err) => {
  assert.strictEqual(err.message, 'Digest method not supported');
  return true;
});
assert.throws(() => crypto.createHash(), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "algorithm" argument must be of type string. Received undefined',
}));
