'use strict';
// Random numbers from Java's SecureRandom: randomBytes, randomFill(Sync), randomInt,
// randomUUID, getRandomValues, plus timingSafeEqual.
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH } } =
  require('internal/errors');
const { validateFunction, validateNumber, validateObject, validateBoolean } = require('internal/validators');
const { nextTick } = require('internal/core');
const { binding, fromLatin1 } = require('internal/crypto_util');

const kMaxLength = 2 ** 31 - 1;

function assertSize(size, name = 'size') {
  if (typeof size !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', size);
  if (Number.isNaN(size) || size < 0 || size > kMaxLength) {
    throw new ERR_OUT_OF_RANGE(name, `>= 0 && <= ${kMaxLength}`, size);
  }
  return Math.floor(size);
}

function randomBytes(size, callback) {
  size = assertSize(size);
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    binding.randomBytesAsync(size, (err, s) => {
      if (err != null) callback(new Error(String(err)));
      else callback(null, fromLatin1(s));
    });
    return undefined;
  }
  return fromLatin1(binding.randomBytes(size));
}

/** The view and element size behind randomFill's target. */
function fillTarget(buf) {
  if (ArrayBuffer.isView(buf)) {
    return { u8: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), elem: buf.BYTES_PER_ELEMENT || 1 };
  }
  if (buf instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && buf instanceof SharedArrayBuffer)) {
    return { u8: new Uint8Array(buf), elem: 1 };
  }
  throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
}

function fillRange(u8, elem, offset, size) {
  const len = u8.byteLength / elem;
  if (offset === undefined) offset = 0;
  validateNumber(offset, 'offset');
  if (Number.isNaN(offset) || offset < 0 || offset > len || offset !== Math.floor(offset)) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${len}`, offset);
  }
  if (size === undefined) size = len - offset;
  validateNumber(size, 'size');
  if (Number.isNaN(size) || size < 0 || size > kMaxLength) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, size);
  }
  if (size + offset > len) throw new ERR_OUT_OF_RANGE('size + offset', `<= ${len}`, size + offset);
  return [offset * elem, size * elem];
}

function fillBytes(u8, off, n) {
  const s = binding.randomBytes(n);
  for (let i = 0; i < n; i++) u8[off + i] = s.charCodeAt(i);
}

function randomFillSync(buf, offset, size) {
  const { u8, elem } = fillTarget(buf);
  const [off, n] = fillRange(u8, elem, offset, size);
  fillBytes(u8, off, n);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  const { u8, elem } = fillTarget(buf);
  if (typeof offset === 'function') { callback = offset; offset = undefined; size = undefined; }
  else if (typeof size === 'function') { callback = size; size = undefined; }
  validateFunction(callback, 'callback');
  const [off, n] = fillRange(u8, elem, offset, size);
  binding.randomBytesAsync(n, (err, s) => {
    if (err != null) return callback(new Error(String(err)));
    for (let i = 0; i < n; i++) u8[off + i] = s.charCodeAt(i);
    callback(null, buf);
  });
}

const kRangeMax = 2 ** 48 - 1;

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) { callback = max; max = min; min = 0; }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= kRangeMax)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${kRangeMax}`, range);
  }
  const n = min + binding.randomBelow(range);
  if (isSync) return n;
  nextTick(callback, null, n);
  return undefined;
}

function randomUUID(options) {
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.disableEntropyCache !== undefined) {
      validateBoolean(options.disableEntropyCache, 'options.disableEntropyCache');
    }
  }
  const s = binding.randomBytes(16);
  let hex = '';
  for (let i = 0; i < 16; i++) {
    let b = s.charCodeAt(i);
    if (i === 6) b = (b & 0x0f) | 0x40;
    else if (i === 8) b = (b & 0x3f) | 0x80;
    hex += (b < 16 ? '0' : '') + b.toString(16);
    if (i === 3 || i === 5 || i === 7 || i === 9) hex += '-';
  }
  return hex;
}

function domException(message, name) {
  return new DOMException(message, name);
}

/** Web Crypto's getRandomValues (integer TypedArrays up to 65536 bytes). */
function getRandomValues(data) {
  if (!ArrayBuffer.isView(data) || data instanceof DataView || data instanceof Float32Array ||
      data instanceof Float64Array || (typeof Float16Array === 'function' && data instanceof Float16Array)) {
    throw domException("The data argument must be an integer-type TypedArray", 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw domException(`The ArrayBufferView's byte length (${data.byteLength}) exceeds the number of bytes ` +
      'of entropy available via this API (65536)', 'QuotaExceededError');
  }
  fillBytes(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), 0, data.byteLength);
  return data;
}

function viewOf(buf, name) {
  if (ArrayBuffer.isView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && buf instanceof SharedArrayBuffer)) {
    return new Uint8Array(buf);
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buf);
}

function timingSafeEqual(buf1, buf2) {
  const a = viewOf(buf1, 'buf1');
  const b = viewOf(buf2, 'buf2');
  if (a.byteLength !== b.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

module.exports = {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, getRandomValues, timingSafeEqual, assertSize,
};
