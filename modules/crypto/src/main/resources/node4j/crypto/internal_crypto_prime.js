'use strict';
// checkPrime(Sync) / generatePrime(Sync) over java.math.BigInteger.
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');
const { validateFunction, validateObject, validateInt32, validateBoolean } = require('internal/validators');
const { nextTick } = require('internal/core');
const { binding, fromLatin1, cryptoError } = require('internal/crypto_util');

function candidateBytes(candidate) {
  if (typeof candidate === 'bigint') {
    if (candidate < 0n) throw new ERR_OUT_OF_RANGE('candidate', '>= 0', candidate);
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
  return binding.checkPrime(u8.buffer, u8.byteOffset, u8.byteLength, checks);
}

function checkPrime(candidate, options, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  validateFunction(callback, 'callback');
  const r = checkPrimeSync(candidate, options);
  nextTick(callback, null, r);
}

/** options.add / options.rem as a bigint: a bigint, or big-endian bytes of any buffer kind. */
function bigintOption(v, name) {
  if (v === undefined || typeof v === 'bigint') return v;
  if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer || v instanceof SharedArrayBuffer) {
    const u8 = ArrayBuffer.isView(v) ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : new Uint8Array(v);
    return u8.length === 0 ? 0n : BigInt('0x' + Buffer.from(u8).toString('hex'));
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'], v);
}

function generatePrimeSync(size, options = {}) {
  validateInt32(size, 'size', 1);
  validateObject(options, 'options');
  const { safe = false, bigint = false, add, rem } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  const addN = bigintOption(add, 'options.add');
  const remN = bigintOption(rem, 'options.rem');
  if (addN !== undefined) {
    // OpenSSL's limits, in Node's words: add fits in size bits, rem < add.
    if (addN.toString(2).length > size) throw cryptoError(RangeError, 'ERR_OUT_OF_RANGE', 'invalid options.add');
    if (remN !== undefined && remN >= addN) throw cryptoError(RangeError, 'ERR_OUT_OF_RANGE', 'invalid options.rem');
  }
  const buf = fromLatin1(binding.generatePrime(size, safe, addN === undefined ? null : addN.toString(16),
                                               addN === undefined || remN === undefined ? null : remN.toString(16)));
  if (bigint) return BigInt('0x' + buf.toString('hex'));
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

function generatePrime(size, options, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  validateFunction(callback, 'callback');
  const r = generatePrimeSync(size, options);
  nextTick(callback, null, r);
}

module.exports = { checkPrime, checkPrimeSync, generatePrime, generatePrimeSync };
