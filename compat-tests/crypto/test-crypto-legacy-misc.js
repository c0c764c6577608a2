// covers: crypto, crypto.fips, crypto.getFips, crypto.setFips, crypto.setEngine, crypto.secureHeapUsed
// covers: crypto.prng, crypto.rng
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

// The module object.
assert.strictEqual(typeof crypto, 'object');
assert.strictEqual(require('node:crypto'), crypto);
assert.strictEqual(crypto.webcrypto, globalThis.crypto);
assert.strictEqual(crypto.subtle, globalThis.crypto.subtle);
assert.strictEqual(typeof crypto.createHash, 'function');
assert.strictEqual(crypto.createHash('sha1').update('abc').digest('hex'),
                   'a9993e364706816aba3e25717850c26c9cd0d89d');

// FIPS: a stock build is not in FIPS mode; setFips(false) keeps it that way.
assert.strictEqual(crypto.getFips(), 0);
crypto.setFips(false);
assert.strictEqual(crypto.getFips(), 0);
// crypto.fips (deprecated) is an accessor mirroring getFips()/setFips().
const fipsDesc = Object.getOwnPropertyDescriptor(crypto, 'fips');
assert.strictEqual(typeof fipsDesc.get, 'function');
assert.strictEqual(typeof fipsDesc.set, 'function');
assert.strictEqual(fipsDesc.enumerable, false);
assert.strictEqual(crypto.fips, 0);
crypto.fips = false;
assert.strictEqual(crypto.fips, crypto.getFips());

// setEngine: argument checks, then unknown engines are reported.
assert.throws(() => crypto.setEngine(1),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => crypto.setEngine('no-such-engine', 'x'),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => crypto.setEngine('no-such-engine'),
              common.expectsError({ code: 'ERR_CRYPTO_ENGINE_UNKNOWN',
                                    message: 'Engine "no-such-engine" was not found' }));
assert.throws(() => crypto.setEngine('no-such-engine', crypto.constants.ENGINE_METHOD_RSA),
              common.expectsError({ code: 'ERR_CRYPTO_ENGINE_UNKNOWN' }));

// secureHeapUsed: without --secure-heap nothing is allocated.
const heap = crypto.secureHeapUsed();
assert.deepStrictEqual(Object.keys(heap).sort(), ['min', 'total', 'used', 'utilization']);
assert.strictEqual(heap.total, 0);
assert.strictEqual(heap.used, 0);
assert.strictEqual(typeof heap.min, 'number');

// prng and rng are legacy aliases of randomBytes.
assert.strictEqual(crypto.prng, crypto.randomBytes);
assert.strictEqual(crypto.rng, crypto.randomBytes);
for (const fn of [crypto.prng, crypto.rng]) {
  const a = fn(16);
  assert.ok(Buffer.isBuffer(a));
  assert.strictEqual(a.length, 16);
  assert.notDeepStrictEqual(a, fn(16));
  assert.strictEqual(fn(0).length, 0);
  assert.throws(() => fn(-1), common.expectsError({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError' }));
  assert.throws(() => fn('1'), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
  fn(5, common.mustSucceed((buf) => assert.strictEqual(buf.length, 5)));
}
