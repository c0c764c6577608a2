// covers: crypto.createHash, crypto.Hash.prototype.digest
'use strict';
require('../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.createHash('sha3-256').digest('hex'),
                   'a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a');
assert.strictEqual(crypto.createHash('sha3-256').update('abc').digest('hex'),
                   '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532');
assert.strictEqual(crypto.createHash('sha3-512').update('abc').digest('hex'),
                   'b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e' +
                   '10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0');

// SHAKE extendable-output functions with explicit outputLength.
assert.strictEqual(crypto.createHash('shake128', { outputLength: 16 }).digest('hex'),
                   '7f9c2ba4e88f827d616045507605853e');
assert.strictEqual(crypto.createHash('shake256', { outputLength: 32 }).digest('hex'),
                   '46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762f');
// Longer output extends the same stream (prefix property).
const long = crypto.createHash('shake256', { outputLength: 64 }).digest('hex');
assert.ok(long.startsWith('46b9dd2b0ba88d13233b3feb743eeb24'));
assert.strictEqual(long.length, 128);
// outputLength 0 yields an empty digest.
assert.strictEqual(crypto.createHash('shake256', { outputLength: 0 }).digest().length, 0);

// outputLength on a fixed-length hash must match.
assert.throws(() => crypto.createHash('sha256', { outputLength: 5 }), (err) => {
  assert.ok(/ERR_OSSL|ERR_CRYPTO/.test(err.code), err.code);
  return true;
});
