// covers: crypto.scrypt, crypto.scryptSync
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

// RFC 7914 section 12 vectors.
assert.strictEqual(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'),
                   '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442' +
                   'fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906');
assert.strictEqual(crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'),
                   'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162' +
                   '2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640');
// Aliases cost/blockSize/parallelization.
assert.strictEqual(
  crypto.scryptSync('', '', 16, { cost: 16, blockSize: 1, parallelization: 1 }).toString('hex'),
  '77d6576238657b203b19ca42c18a0497');
// Defaults: N=16384, r=8, p=1.
assert.strictEqual(crypto.scryptSync('pw', 'salt', 8).length, 8);

crypto.scrypt('', '', 16, { N: 16, r: 1, p: 1 }, common.mustSucceed((key) => {
  assert.strictEqual(key.toString('hex'), '77d6576238657b203b19ca42c18a0497');
}));
crypto.scrypt('pw', 'salt', 4, common.mustSucceed((key) => assert.strictEqual(key.length, 4)));

// N must be a power of two.
assert.throws(() => crypto.scryptSync('p', 's', 16, { N: 3 }), (err) => {
  assert.strictEqual(err.code, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS');
  assert.strictEqual(err.name, 'RangeError');
  return true;
});
assert.throws(() => crypto.scryptSync('p', 's', 16, { N: 16, cost: 16 }), common.expectsError({
  code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
  name: 'TypeError',
  message: 'Option "N" cannot be used in combination with option "cost"',
}));
assert.throws(() => crypto.scryptSync('p', 's', -1), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
}));
