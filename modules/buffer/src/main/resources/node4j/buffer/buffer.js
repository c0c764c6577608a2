'use strict';
// Node's Buffer: a Uint8Array subclass over native JS memory. Encoding, search and compare of
// large inputs run in Java (BufferBinding / Encodings); short inputs stay in JS where a host
// call would cost more than the work (numbers in the report of the buffer module).
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING,
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_BUFFER_SIZE },
} = require('internal/errors');
const { validateNumber, validateString, validateArray, validateInteger } = require('internal/validators');
const enc = require('internal/buffer_encodings');
const { UTF8, UCS2, LATIN1, HEX, encodingCode, isUint8Array, isAnyArrayBuffer } = enc;
const binding = internalBinding('buffer');
const u8fill = Uint8Array.prototype.fill;
const u8set = Uint8Array.prototype.set;

const kMaxLength = 2 ** 53 - 1;
const kStringMaxLength = 536870888;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});
let INSPECT_MAX_BYTES = 50;

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// DEP0005: Buffer() warns once when called from code outside node_modules (always with
// --pending-deprecation). The caller is found from structured call sites, so a user's
// Error.prepareStackTrace is not run (and cannot recurse into Buffer()).
const kBufferWarning = 'Buffer() is deprecated due to security and usability issues. Please ' +
  'use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.';
let bufferWarned = false;
let checkingCaller = false;
let callerChecks = 0;

function pendingDeprecation() {
  const p = globalThis.process;
  return !!p && ((Array.isArray(p.execArgv) && p.execArgv.includes('--pending-deprecation')) ||
    (p.env && p.env.NODE_PENDING_DEPRECATION === '1'));
}

function callerInNodeModules() {
  const holder = {};
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  let sites;
  try {
    Error.prepareStackTrace = (err, callSites) => callSites;
    Error.stackTraceLimit = 100;
    Error.captureStackTrace(holder, Buffer);
    sites = holder.stack;
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
  // Inside a user's prepareStackTrace GraalJS gives the text form: read the files from it.
  const files = Array.isArray(sites) ? sites.map((site) => site.getFileName()) : framesOfText(sites);
  for (const file of files) {
    if (!file || file.startsWith('node:')) continue;
    return /(?:^|[\\/])node_modules[\\/]/.test(file);
  }
  return true;
}

function framesOfText(stack) {
  const files = [];
  for (const line of String(stack).split('\n')) {
    const m = /^\s+at (?:.*\()?(.+?)(?::\d+){0,2}\)?$/.exec(line);
    if (m) files.push(m[1]);
  }
  return files;
}

function showFlaggedDeprecation() {
  // Like Node, stop looking after many calls: the check walks the stack.
  if (bufferWarned || checkingCaller || ++callerChecks > 10000) return;
  checkingCaller = true;
  try {
    if (!pendingDeprecation() && callerInNodeModules()) return;
  } finally {
    checkingCaller = false;
  }
  bufferWarned = true;
  globalThis.process.emitWarning(kBufferWarning, 'DeprecationWarning', 'DEP0005');
}

/** The deprecated constructor form: Buffer(size) / Buffer(string, enc) / Buffer(array). */
function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Object.defineProperty(Buffer, 'name', { value: 'Buffer' });
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor',
  { value: Buffer, writable: true, configurable: true, enumerable: false });
Object.setPrototypeOf(Buffer, Uint8Array);
Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, configurable: true });

// ---- the pool for small allocUnsafe / from(string|array) --------------------------------
Buffer.poolSize = 8 * 1024;
let poolSize;
let poolOffset;
let allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new Uint8Array(new ArrayBuffer(poolSize));
  poolOffset = 0;
}
createPool();

function alignPool() {
  if (poolOffset & 0x7) poolOffset = (poolOffset | 0x7) + 1;
}

// A size Node accepts but the engine cannot hold fails like an allocation that ran out of memory.
function newBuffer(size) {
  try {
    return new FastBuffer(size);
  } catch (e) {
    if (e instanceof RangeError) throw new RangeError('Array buffer allocation failed');
    throw e;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool.buffer, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return newBuffer(size);
}

// ---- static API --------------------------------------------------------------------------
function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = newBuffer(size);
    return fillImpl(buf, fill, 0, buf.length, encoding);
  }
  return newBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return newBuffer(size);
};

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) {
    throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const viewLength = view.length;
  if (viewLength === 0) return new FastBuffer();
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, Math.min(end, viewLength));
  }
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  const out = allocate(bytes.length);
  out.set(bytes);
  return out;
};

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return enc.compareBytes(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && encodingCode(encoding) !== 0;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

// The real length, not an own 'length' property a caller may have defined on a view.
const typedArrayLength = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), 'length').get;

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (isUint8Array(list[i])) length += typedArrayLength.call(list[i]);
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    if (pos >= length) continue;
    const bufLength = typedArrayLength.call(buf);
    const n = Math.min(bufLength, length - pos);
    buffer.set(n === bufLength ? buf : buf.subarray(0, n), pos);
    pos += n;
  }
  if (pos < length) u8fill.call(buffer, 0, pos, length);   // totalLength beyond the data: zero-filled
  return buffer;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  const code = encoding === undefined ? UTF8 : (encodingCode(encoding) || UTF8);
  return enc.byteLengthOf(string, code);
};

// ---- creating from values ----------------------------------------------------------------
function fromString(string, encoding) {
  let code;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    code = UTF8;
  } else {
    code = encodingCode(encoding);
    if (code === 0) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  if (string.length === 0) return new FastBuffer();
  return enc.fromStringCode(string, code, allocate, FastBuffer);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  // No length: the view tracks a resizable ArrayBuffer's size (the rest of a fixed one).
  if (length === undefined) return new FastBuffer(obj, byteOffset);
  length = +length;
  if (length > 0) {
    if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  } else {
    length = 0;
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  const b = allocate(obj.length);
  if (isUint8Array(obj)) {
    b.set(obj);
  } else {
    for (let i = 0; i < b.length; i++) b[i] = obj[i];
  }
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

// ---- validation helpers shared with the prototype ------------------------------------------
function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function fillImpl(buf, value, offset, end, encoding) {
  let code = UTF8;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    if (encoding !== undefined) {
      validateString(encoding, 'encoding');
      code = encodingCode(encoding);
      if (code === 0) throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const c = value.charCodeAt(0);
      if ((code === UTF8 && c < 128) || code === LATIN1) value = c & 255;
    }
  } else if (typeof value === 'boolean') {
    value = +value;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (end - offset + offset > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    fillByte(buf, value, offset, end);
    return buf;
  }
  let bytes;
  if (typeof value === 'string') {
    bytes = enc.fromStringCode(value, code, (n) => new FastBuffer(n), FastBuffer);
  } else if (isUint8Array(value)) {
    bytes = value;
  } else if (ArrayBuffer.isView(value)) {
    bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else {
    fillByte(buf, Number(value) & 255, offset, end);
    return buf;
  }
  if (bytes.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  if (end > buf.length) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  const first = Math.min(bytes.length, end - offset);
  buf.set(first === bytes.length ? bytes : bytes.subarray(0, first), offset);
  repeatFilled(buf, offset, first, end, first);
  return buf;
}

// Without GraalJS's optimizing compiler (node4j's default start mode) TypedArray fill() and
// copyWithin() go one element at a time (about 0.1 us a byte: a minute for 512 MiB), while
// set() from another typed array copies in bulk. So fill at most one small block per element
// and double it with set(); copies are capped so a clone of the source stays small.
const kFillBlock = 256;
const kCopyMax = 1 << 20;

function fillByte(buf, value, offset, end) {
  if (end - offset <= kFillBlock) {
    u8fill.call(buf, value, offset, end);
  } else {
    u8fill.call(buf, value, offset, offset + kFillBlock);
    repeatFilled(buf, offset, kFillBlock, end, 1);
  }
}

/** Repeats buf[offset, offset + filled) up to end; filled is a whole number of unit-long patterns. */
function repeatFilled(buf, offset, filled, end, unit) {
  const n = end - offset;
  if (filled >= n) return;
  // Every copy but the last is a whole number of patterns, so each starts on a pattern boundary.
  const max = unit >= kCopyMax ? unit : kCopyMax - kCopyMax % unit;
  const ab = buf.buffer;
  const base = buf.byteOffset + offset;
  while (filled < n) {
    const chunk = Math.min(filled, n - filled, max);
    u8set.call(buf, new Uint8Array(ab, base, chunk), offset + filled);
    filled += chunk;
  }
}

module.exports = {
  Buffer,
  kMaxLength,
  kStringMaxLength,
  constants,
};

require('internal/buffer_proto').install(Buffer, FastBuffer, { validateOffset, fillImpl, allocate,
  getInspectMax: () => INSPECT_MAX_BYTES });
require('internal/buffer_numbers').install(Buffer.prototype);

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  configurable: true,
  enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
});

Object.assign(module.exports, {
  transcode: enc.transcode,
  isUtf8: enc.isUtf8,
  isAscii: enc.isAscii,
});
const blob = require('internal/buffer_blob');
Object.assign(module.exports, {
  btoa: blob.btoa,
  atob: blob.atob,
  Blob: blob.Blob,
  File: blob.File,
});
if (blob.resolveObjectURL) module.exports.resolveObjectURL = blob.resolveObjectURL;
// Node keeps a FastBuffer for its own modules; ours reach it here.
Object.defineProperty(module.exports, Symbol.for('node4j.FastBuffer'), { value: FastBuffer });
// For benchmarks: the JS encoders and the Java binding, to compare both paths per size.
Object.defineProperty(module.exports, Symbol.for('node4j.buffer.internals'), { value: { enc, binding } });

// Node's key order for Object.keys(require('buffer')).
for (const k of ['Buffer', 'transcode', 'isUtf8', 'isAscii', 'kMaxLength', 'kStringMaxLength', 'btoa', 'atob',
  'constants', 'INSPECT_MAX_BYTES', 'Blob', 'resolveObjectURL', 'File']) {
  const d = Object.getOwnPropertyDescriptor(module.exports, k);
  if (d) {
    delete module.exports[k];
    Object.defineProperty(module.exports, k, d);
  }
}
