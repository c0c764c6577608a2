'use strict';
// Buffer.prototype.read*/write* for integers (1-6 bytes, BE/LE), BigInt64 and floats, with
// Node's range and bounds errors. Pure JS: each call touches a few bytes of native memory.
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_BUFFER_OUT_OF_BOUNDS },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

const f32 = new Float32Array(1);
const f32b = new Uint8Array(f32.buffer);
const f64 = new Float64Array(1);
const f64b = new Uint8Array(f64.buffer);
const littleEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkBounds(buf, offset, n) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) boundsError(offset, buf.length - n);
}

function checkInt(value, min, max, buf, offset, n) {
  if (value > max || value < min) {
    const s = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (n > 4) {
      const bits = n * 8;
      range = min === 0 || min === 0n ? `>= 0${s} and < 2${s} ** ${bits}${s}`
        : `>= -(2${s} ** ${bits - 1}${s}) and < 2${s} ** ${bits - 1}${s}`;
    } else {
      range = `>= ${min}${s} and <= ${max}${s}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, n);
}

function checkByteLength(byteLength) {
  if (typeof byteLength !== 'number' || byteLength < 1 || byteLength > 6 || !Number.isInteger(byteLength)) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

// ---- integers --------------------------------------------------------------------------------
function readUnsigned(buf, offset, n, bigEndian) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  checkBounds(buf, offset, n);
  let val = 0;
  if (bigEndian) {
    for (let i = 0; i < n; i++) val = val * 256 + buf[offset + i];
  } else {
    for (let i = n - 1; i >= 0; i--) val = val * 256 + buf[offset + i];
  }
  return val;
}

function readSigned(buf, offset, n, bigEndian) {
  const u = readUnsigned(buf, offset, n, bigEndian);
  const half = 2 ** (8 * n - 1);
  return u >= half ? u - 2 * half : u;
}

function writeInt(buf, value, offset, n, bigEndian, signed) {
  value = +value;
  const bits = 8 * n;
  const min = signed ? -(2 ** (bits - 1)) : 0;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  checkInt(value, min, max, buf, offset, n);
  let v = Number.isNaN(value) ? 0 : Math.trunc(value);
  if (v < 0) v += 2 ** bits;
  for (let i = 0; i < n; i++) {
    const b = v % 256;
    buf[bigEndian ? offset + n - 1 - i : offset + i] = b;
    v = (v - b) / 256;
  }
  return offset + n;
}

// ---- BigInt64 --------------------------------------------------------------------------------
function readBig(buf, offset = 0, signed, bigEndian) {
  checkBounds(buf, offset, 8);
  let v = 0n;
  for (let i = 0; i < 8; i++) v = (v << 8n) | BigInt(buf[offset + (bigEndian ? i : 7 - i)]);
  return signed ? BigInt.asIntN(64, v) : v;
}

function writeBig(buf, value, offset = 0, signed, bigEndian) {
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  checkInt(value, min, max, buf, offset, 8);
  // BigInt arithmetic (not BigInt.asUintN) so a non-BigInt value fails with a TypeError.
  let v = value & 0xffffffffffffffffn;
  let lo = Number(v & 0xffffffffn);
  let hi = Number(v >> 32n);
  for (let i = 0; i < 4; i++) {
    buf[bigEndian ? offset + 7 - i : offset + i] = lo & 255;
    buf[bigEndian ? offset + 3 - i : offset + 4 + i] = hi & 255;
    lo >>>= 8;
    hi >>>= 8;
  }
  v = 0n;
  return offset + 8;
}

// ---- floats ------------------------------------------------------------------------------------
function readFloat(buf, offset = 0, bytes, view, arr, bigEndian) {
  checkBounds(buf, offset, bytes);
  const swap = bigEndian === littleEndianHost;
  for (let i = 0; i < bytes; i++) bytes === 4 ? (f32b[swap ? 3 - i : i] = buf[offset + i]) : (f64b[swap ? 7 - i : i] = buf[offset + i]);
  return arr[0];
}

function writeFloat(buf, value, offset = 0, bytes, arr, view, bigEndian) {
  value = +value;
  checkBounds(buf, offset, bytes);
  arr[0] = value;
  const swap = bigEndian === littleEndianHost;
  for (let i = 0; i < bytes; i++) buf[offset + i] = view[swap ? bytes - 1 - i : i];
  return offset + bytes;
}

function install(proto) {
  const methods = {};
  const fixed = [[1, '8'], [2, '16'], [4, '32']];
  for (const [n, bits] of fixed) {
    for (const e of n === 1 ? [''] : ['LE', 'BE']) {
      const be = e === 'BE';
      methods[`readUInt${bits}${e}`] = function (offset = 0) { return readUnsigned(this, offset, n, be); };
      methods[`readInt${bits}${e}`] = function (offset = 0) { return readSigned(this, offset, n, be); };
      methods[`writeUInt${bits}${e}`] = function (value, offset = 0) { return writeInt(this, value, offset, n, be, false); };
      methods[`writeInt${bits}${e}`] = function (value, offset = 0) { return writeInt(this, value, offset, n, be, true); };
    }
  }
  for (const e of ['LE', 'BE']) {
    const be = e === 'BE';
    methods[`readUInt${e}`] = function (offset, byteLength) {
      if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      checkByteLength(byteLength);
      return readUnsigned(this, offset, byteLength, be);
    };
    methods[`readInt${e}`] = function (offset, byteLength) {
      if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      checkByteLength(byteLength);
      return readSigned(this, offset, byteLength, be);
    };
    methods[`writeUInt${e}`] = function (value, offset, byteLength) {
      checkByteLength(byteLength);
      return writeInt(this, value, offset, byteLength, be, false);
    };
    methods[`writeInt${e}`] = function (value, offset, byteLength) {
      checkByteLength(byteLength);
      return writeInt(this, value, offset, byteLength, be, true);
    };
    methods[`readBigUInt64${e}`] = function (offset = 0) { return readBig(this, offset, false, be); };
    methods[`readBigInt64${e}`] = function (offset = 0) { return readBig(this, offset, true, be); };
    methods[`writeBigUInt64${e}`] = function (value, offset = 0) { return writeBig(this, value, offset, false, be); };
    methods[`writeBigInt64${e}`] = function (value, offset = 0) { return writeBig(this, value, offset, true, be); };
    methods[`readFloat${e}`] = function (offset = 0) { return readFloat(this, offset, 4, f32b, f32, be); };
    methods[`readDouble${e}`] = function (offset = 0) { return readFloat(this, offset, 8, f64b, f64, be); };
    methods[`writeFloat${e}`] = function (value, offset = 0) { return writeFloat(this, value, offset, 4, f32, f32b, be); };
    methods[`writeDouble${e}`] = function (value, offset = 0) { return writeFloat(this, value, offset, 8, f64, f64b, be); };
  }
  for (const [name, fn] of Object.entries(methods)) {
    Object.defineProperty(fn, 'name', { value: name });
    const def = { value: fn, writable: true, configurable: true, enumerable: true };
    Object.defineProperty(proto, name, def);
    // Lower-case aliases: readUint8, writeBigUint64LE, ...
    if (name.includes('UInt')) Object.defineProperty(proto, name.replace('UInt', 'Uint'), def);
  }
}

module.exports = { install };
