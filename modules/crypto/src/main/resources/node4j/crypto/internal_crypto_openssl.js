'use strict';
// The OpenSSL process settings Node's crypto exposes: FIPS mode, engines and the secure heap.
// node4j works on the JDK's JCA and Bouncy Castle, with no FIPS provider, no engine and no secure
// heap: reading a setting says so, asking for one of them throws the error Node throws for a
// build without it (never a silent no-op).
const { validateString, validateNumber } = require('internal/validators');
const { cryptoError } = require('internal/crypto_util');

function getFips() {
  return 0;
}

function setFips(bool) {
  // Node takes the argument's truthiness; FIPS mode off is what node4j always is.
  if (!bool) return;
  // Node 25's OpenSSL 3 accepts this and then fails every algorithm (no FIPS provider is there);
  // node4j refuses at once, with the error Node gives in a build without FIPS support.
  throw cryptoError(Error, 'ERR_CRYPTO_FIPS_UNAVAILABLE', 'Cannot set FIPS mode in a non-FIPS build.');
}

function setEngine(id, flags) {
  validateString(id, 'id');
  if (flags) validateNumber(flags, 'flags');
  // No OpenSSL engine (built-in or a shared library) can load here: every id is unknown.
  throw cryptoError(Error, 'ERR_CRYPTO_ENGINE_UNKNOWN', `Engine "${id}" was not found`);
}

function secureHeapUsed() {
  // As Node without --secure-heap (node4j has no such option): nothing allocated, 0/0 used,
  // and min as the --secure-heap-min default.
  return { total: 0, used: 0, utilization: NaN, min: 2 };
}

module.exports = { getFips, setFips, setEngine, secureHeapUsed };
