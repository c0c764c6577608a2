'use strict';
// checkPrime(Sync) / generatePrime(Sync) over java.math.BigInteger (options add/rem: not implemented).
const { codes: { ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED } } = require('internal/errors');
const { validateFunction, validateObject, validateInt32, validateBoolean } = require('internal/validators');
const { nextTick } = require('internal/core');
const { binding, fromLatin1 } = require('internal/crypto_util');

function candidateBytes(candidate) {
  if (typeof candidate === 'bigint') {
    if (candidate < 0n) return null;
    let hex = candidate.toString(16);
    if (hex.length % 2) hex = '0' + hex;
    return Buffer.from(hex, 'hex');
  }
  if (ArrayBuffer.isView(candidate)) return new Uint8Array(candidate.buffer, candidate.byteOffset, candidate.byteLength);
  if (candidate instanceof ArrayBuffer) return new Uint8Array(candidate);
  throw new ERR_INVALID_ARG_TYPE('candidate', ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'], candidate);
}

function checkPrimeSync(candidate, options = {}) {
  const u8 = candidateBytes(candidate);
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  if (u8 === null) return false;
  return binding.checkPrime(u8.buffer, u8.byteOffset, u8.byteLength, checks);
}

function checkPrime(candidate, options, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  validateFunction(callback, 'callback');
  const r = checkPrimeSync(candidate, options);
  nextTick(callback, [null, r]);
}

function generatePrimeSync(size, options = {}) {
  validateInt32(size, 'size', 1);
  validateObject(options, 'options');
  const { safe = false, bigint = false, add, rem } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  if (add !== undefined || rem !== undefined) throw new ERR_NOT_IMPLEMENTED('generatePrime options.add/options.rem');
  const buf = fromLatin1(binding.generatePrime(size, safe));
  if (bigint) return BigInt('0x' + buf.toString('hex'));
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

function generatePrime(size, options, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  validateFunction(callback, 'callback');
  const r = generatePrimeSync(size, options);
  nextTick(callback, [null, r]);
}

module.exports = { checkPrime, checkPrimeSync, generatePrime, generatePrimeSync };
