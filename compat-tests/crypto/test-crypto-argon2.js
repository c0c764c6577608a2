// covers: crypto.argon2, crypto.argon2Sync
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

// Skip only on Node versions older than the API (24.7), not when an engine lacks it.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 24 || (major === 24 && minor < 7)) common.skip('argon2 arrived in Node 24.7');

// RFC 9106 section 5 test vectors (version 0x13).
const rfc = {
  message: Buffer.alloc(32, 1), nonce: Buffer.alloc(16, 2), secret: Buffer.alloc(8, 3),
  associatedData: Buffer.alloc(12, 4), parallelism: 4, tagLength: 32, memory: 32, passes: 3,
};
const expected = {
  argon2d: '512b391b6f1162975371d30919734294f868e3be3984f3c1a13a4db9fabe4acb',
  argon2i: 'c814d9d1dc7f37aa13f0d77f2494bda1c8de6b016dd388d29952a4c4672b6ce8',
  argon2id: '0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659',
};
for (const [algorithm, hex] of Object.entries(expected)) {
  const tag = crypto.argon2Sync(algorithm, rfc);
  assert.ok(Buffer.isBuffer(tag));
  assert.strictEqual(tag.toString('hex'), hex);
}

// Strings, typed arrays and ArrayBuffers are accepted; secret/associatedData are optional.
const base = { message: 'password', nonce: 'somesalt', parallelism: 1, tagLength: 32, memory: 64, passes: 2 };
const tag = crypto.argon2Sync('argon2id', base);
assert.strictEqual(tag.length, 32);
assert.deepStrictEqual(crypto.argon2Sync('argon2id', {
  ...base, message: new TextEncoder().encode('password'), nonce: new TextEncoder().encode('somesalt').buffer,
}), tag);
// Every parameter changes the result.
for (const change of [{ message: 'passwore' }, { nonce: 'somesalu' }, { passes: 3 }, { memory: 65 },
                      { secret: Buffer.from('k') }, { associatedData: 'ad' }]) {
  assert.notDeepStrictEqual(crypto.argon2Sync('argon2id', { ...base, ...change }), tag);
}
assert.notDeepStrictEqual(crypto.argon2Sync('argon2i', base), tag);
assert.strictEqual(crypto.argon2Sync('argon2id', { ...base, tagLength: 4 }).length, 4);
assert.strictEqual(crypto.argon2Sync('argon2id', { ...base, tagLength: 100 }).length, 100);

// Validation.
const range = (field) => common.expectsError({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
                                                message: new RegExp(`"parameters\\.${field}`) });
assert.throws(() => crypto.argon2Sync('argon2id', { ...base, nonce: 'short' }), range('nonce'));
assert.throws(() => crypto.argon2Sync('argon2id', { ...base, tagLength: 3 }), range('tagLength'));
assert.throws(() => crypto.argon2Sync('argon2id', { ...base, memory: 7 }), range('memory'));
// memory must be at least 8 * parallelism KiB.
assert.throws(() => crypto.argon2Sync('argon2id', { ...base, parallelism: 2, memory: 15 }), range('memory'));
assert.throws(() => crypto.argon2Sync('argon2id', { ...base, passes: 0 }), range('passes'));
assert.throws(() => crypto.argon2Sync('argon2id', { ...base, parallelism: 0 }), range('parallelism'));
assert.throws(() => crypto.argon2Sync('argon2id', { ...base, message: 1 }),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => crypto.argon2Sync('argon2x', base),
              common.expectsError({ code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' }));
assert.throws(() => crypto.argon2Sync('argon2id'),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => crypto.argon2('argon2id', base),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));

// Asynchronous form gives the same tag, later.
let sync = true;
crypto.argon2('argon2id', base, common.mustCall((err, result) => {
  assert.strictEqual(err, null);
  assert.strictEqual(sync, false);
  assert.deepStrictEqual(result, tag);
}));
crypto.argon2('argon2d', rfc, common.mustSucceed((result) => {
  assert.strictEqual(result.toString('hex'), expected.argon2d);
}));
sync = false;
