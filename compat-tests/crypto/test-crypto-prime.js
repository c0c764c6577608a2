// covers: crypto.checkPrime, crypto.checkPrimeSync, crypto.generatePrime, crypto.generatePrimeSync
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

function toBigInt(ab) {
  return BigInt('0x' + Buffer.from(ab).toString('hex'));
}

// checkPrimeSync: bigint or big-endian bytes.
assert.strictEqual(crypto.checkPrimeSync(7n), true);
assert.strictEqual(crypto.checkPrimeSync(2n ** 127n - 1n), true);     // Mersenne prime
assert.strictEqual(crypto.checkPrimeSync(561n), false);               // Carmichael number
assert.strictEqual(crypto.checkPrimeSync(2n ** 64n + 1n), false);
assert.strictEqual(crypto.checkPrimeSync(0n), false);
assert.strictEqual(crypto.checkPrimeSync(Buffer.from([0x07])), true);
assert.strictEqual(crypto.checkPrimeSync(Buffer.from([0x01])), false);
assert.strictEqual(crypto.checkPrimeSync(new Uint8Array([0x01, 0x01])), true);    // 257
assert.strictEqual(crypto.checkPrimeSync(new Uint8Array([0x01, 0x00]).buffer), false);  // 256
assert.strictEqual(crypto.checkPrimeSync(new DataView(new Uint8Array([0x0b]).buffer)), true);
assert.strictEqual(crypto.checkPrimeSync(104729n, { checks: 20 }), true);

assert.throws(() => crypto.checkPrimeSync(-7n),
              common.expectsError({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError' }));
assert.throws(() => crypto.checkPrimeSync(7),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => crypto.checkPrimeSync(7n, { checks: -1 }),
              common.expectsError({ code: 'ERR_OUT_OF_RANGE' }));
assert.throws(() => crypto.checkPrime(7n),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));

crypto.checkPrime(97n, common.mustSucceed((result) => assert.strictEqual(result, true)));
crypto.checkPrime(Buffer.from([0x01, 0x00]), { checks: 10 },
                  common.mustSucceed((result) => assert.strictEqual(result, false)));

// generatePrimeSync: an ArrayBuffer by default, a bigint on request, of exactly `size` bits.
const ab = crypto.generatePrimeSync(64);
assert.ok(ab instanceof ArrayBuffer);
assert.strictEqual(ab.byteLength, 8);
const fromAb = toBigInt(ab);
assert.strictEqual(fromAb.toString(2).length, 64);
assert.strictEqual(crypto.checkPrimeSync(fromAb), true);
assert.strictEqual(crypto.checkPrimeSync(ab), true);

const big = crypto.generatePrimeSync(80, { bigint: true });
assert.strictEqual(typeof big, 'bigint');
assert.strictEqual(big.toString(2).length, 80);
assert.strictEqual(crypto.checkPrimeSync(big), true);

// safe: (p - 1) / 2 is prime too.
const safe = crypto.generatePrimeSync(32, { safe: true, bigint: true });
assert.strictEqual(crypto.checkPrimeSync((safe - 1n) / 2n), true);
// add/rem: p % add === rem (bigint or bytes).
assert.strictEqual(crypto.generatePrimeSync(32, { add: 12n, rem: 11n, bigint: true }) % 12n, 11n);
assert.strictEqual(crypto.generatePrimeSync(32, { add: Buffer.from([12]), rem: Buffer.from([5]),
                                                  bigint: true }) % 12n, 5n);

assert.throws(() => crypto.generatePrimeSync(0),
              common.expectsError({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError' }));
assert.throws(() => crypto.generatePrimeSync(-1), common.expectsError({ code: 'ERR_OUT_OF_RANGE' }));
assert.throws(() => crypto.generatePrimeSync('32'), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
assert.throws(() => crypto.generatePrimeSync(32, { add: 2n ** 40n }),
              common.expectsError({ code: 'ERR_OUT_OF_RANGE', message: 'invalid options.add' }));
assert.throws(() => crypto.generatePrimeSync(32, { add: 12n, rem: 13n }),
              common.expectsError({ code: 'ERR_OUT_OF_RANGE', message: 'invalid options.rem' }));
assert.throws(() => crypto.generatePrimeSync(32, { bigint: 1 }),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
assert.throws(() => crypto.generatePrime(32), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));

// generatePrime: asynchronous versions.
crypto.generatePrime(48, common.mustSucceed((prime) => {
  assert.ok(prime instanceof ArrayBuffer);
  assert.strictEqual(prime.byteLength, 6);
  assert.strictEqual(crypto.checkPrimeSync(prime), true);
}));
crypto.generatePrime(48, { bigint: true, safe: true }, common.mustSucceed((prime) => {
  assert.strictEqual(typeof prime, 'bigint');
  assert.strictEqual(prime.toString(2).length, 48);
  assert.strictEqual(crypto.checkPrimeSync((prime - 1n) / 2n), true);
}));
let sync = true;
crypto.generatePrime(16, common.mustSucceed(() => assert.strictEqual(sync, false)));
sync = false;
