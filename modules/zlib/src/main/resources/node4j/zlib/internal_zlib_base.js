'use strict';
// The stream classes of Node's zlib over Java codecs (ZlibBinding/ZHandle): each class is a Transform stream whose
// chunks go to a Java handle (on the loop's pool for streams, on this thread for *Sync), and
// whose output comes back as Java ByteBuffers copied into Buffers of at most chunkSize bytes.
const { Buffer } = require('buffer');

// The largest output allowed by default: buffer.kMaxLength as it was when 'zlib' was loaded
// (zlib.js sets it; CompressionStream may load this file earlier).
let kMaxLength = require('buffer').kMaxLength;
function setMaxLength(n) {
  kMaxLength = n;
}
const { Transform, finished } = require('stream');
const {
  codes: {
    ERR_BUFFER_TOO_LARGE, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { nextTick } = require('internal/core');
const constants = require('internal/zlib_constants');
const { bufferFromJava: bufferOf } = require('internal/buffer_java');   // handle output -> Buffer

const binding = internalBinding('zlib');
const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_MIN_CHUNK,
  Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
  Z_DEFAULT_CHUNK, Z_DEFAULT_COMPRESSION, Z_DEFAULT_STRATEGY, Z_DEFAULT_WINDOWBITS, Z_DEFAULT_MEMLEVEL,
  Z_FIXED, DEFLATE, DEFLATERAW, INFLATE, INFLATERAW, GZIP, GUNZIP, UNZIP,
} = constants;

const codes = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
};
for (const key of Object.keys(codes)) codes[codes[key]] = key;
Object.freeze(codes);

const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');

// ---- option checks, with Node's messages -------------------------------------------------

/** False for undefined/NaN (use the default), true for a finite number; throws otherwise. */
function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  if (typeof number !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', number);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

/** Bytes of a convenience-method input, as Node accepts them. */
function inputBuffer(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) return buffer;
  if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
  throw new ERR_INVALID_ARG_TYPE('buffer',
    ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

function u8(view) {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/** A Node zlib error from a handle's last failure. */
function handleError(handle, maxOutputLength) {
  if (handle.tooLarge()) return new ERR_BUFFER_TOO_LARGE(maxOutputLength);
  const err = new Error(handle.message());
  err.errno = handle.errno();
  err.code = handle.code() || codes[err.errno];
  return err;
}

// ---- ZlibBase: the stream shared by every format -----------------------------------------

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!checkFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', flush.min, flush.max, flush.def);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush',
      finishFlush.min, finishFlush.max, finishFlush.def);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength',
      1, kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts };
      opts.encoding = null;
      opts.objectMode = false;
      opts.writableObjectMode = false;
    }
  } else {
    flush = flush.def;
    finishFlush = finishFlush.def;
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle(maxOutputLength);
  this._mode = mode;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true, enumerable: true, get() { return !this._handle; },
});

// Node keeps `bytesRead` as a deprecated alias of bytesWritten.
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  configurable: true, enumerable: true,
  get() { return this.bytesWritten; },
  set(value) { this.bytesWritten = value; },
});

ZlibBase.prototype.reset = function reset() {
  if (!this._handle) throw new Error('zlib binding closed');
  return this._handle.reset();
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    const marker = Buffer.alloc(0);
    marker[kFlushFlag] = kind;
    this.write(marker, '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk (or the empty one _flush sends) also finishes the stream.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  if (typeof cb === 'function') return processChunk(this, chunk, flushFlag, cb);
  return processChunkSync(this, chunk, flushFlag);
};

// Z_FINISH outranks the other flushes, then Z_FULL_FLUSH > Z_SYNC_FLUSH > Z_PARTIAL_FLUSH > Z_BLOCK.
const flushRank = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
function maxFlush(a, b) {
  return flushRank.indexOf(a) > flushRank.indexOf(b) ? a : b;
}

function closeHandle(engine) {
  if (!engine._handle) return;
  engine._handle.close();
  engine._handle = null;
}

function fail(engine, err) {
  engine[kError] = err;
  engine.destroy(err);
}


/** Pushes a handle's output as Buffers of at most chunkSize bytes. */
function pushOutput(engine, out) {
  const buf = bufferOf(out);
  if (buf.length === 0) return;
  const size = engine._chunkSize;
  for (let off = 0; off < buf.length; off += size) {
    engine.push(off === 0 && buf.length <= size ? buf : buf.subarray(off, off + size));
  }
}

function processChunk(engine, chunk, flushFlag, cb) {
  const handle = engine._handle;
  if (!handle) return nextTick(cb);
  const bytes = u8(chunk);
  handle.writeAsync(flushFlag, bytes.buffer, bytes.byteOffset, bytes.byteLength, (out) => {
    if (engine.destroyed || engine._handle !== handle) {
      if (!engine.destroyed) cb();
      return;
    }
    if (out == null) return fail(engine, handleError(handle, engine._maxOutputLength));
    engine.bytesWritten += bytes.byteLength;
    pushOutput(engine, out);
    cb();
  });
}

function processChunkSync(engine, chunk, flushFlag) {
  const handle = engine._handle;
  if (!handle) throw new Error('zlib binding closed');
  const bytes = u8(chunk);
  const out = handle.write(flushFlag, bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (out == null) {
    const err = handleError(handle, engine._maxOutputLength);
    engine[kError] = err;
    closeHandle(engine);
    throw err;
  }
  engine.bytesWritten = bytes.byteLength;
  closeHandle(engine);
  return bufferOf(out);
}

// ---- zlib formats --------------------------------------------------------------------------

const zlibFlushes = {
  flush: { min: Z_NO_FLUSH, max: Z_BLOCK, def: Z_NO_FLUSH },
  finishFlush: { min: Z_NO_FLUSH, max: Z_BLOCK, def: Z_FINISH },
  fullFlush: Z_FULL_FLUSH,
};

function dictionaryOf(opts) {
  let dictionary = opts && opts.dictionary;
  if (dictionary !== undefined && !ArrayBuffer.isView(dictionary)) {
    if (isAnyArrayBuffer(dictionary)) {
      dictionary = Buffer.from(dictionary);
    } else {
      throw new ERR_INVALID_ARG_TYPE('options.dictionary',
        ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
    }
  }
  return dictionary === undefined ? undefined : u8(dictionary);
}

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // windowBits 0 lets an inflater take the window size from the stream's header.
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // 8 is valid for deflate but not for gzip
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits',
        Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0), Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL,
      Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL,
      Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY,
      Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = dictionaryOf(opts);
  }
  const handle = (max) => binding.create(mode, level, strategy, dictionary ? dictionary.buffer : null,
    dictionary ? dictionary.byteOffset : 0, dictionary ? dictionary.byteLength : 0, max);
  ZlibBase.call(this, opts, mode, handle, zlibFlushes);
  this._level = level;
  this._strategy = strategy;
  this._windowBits = windowBits;
  this._memLevel = memLevel;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, () => {
      if (!this._handle) throw new Error('zlib binding closed');
      const out = this._handle.params(level, strategy);
      if (out == null) return fail(this, handleError(this._handle, this._maxOutputLength));
      pushOutput(this, out);
      if (!this.destroyed) {
        this._level = level;
        this._strategy = strategy;
        if (callback) callback();
      }
    });
  } else if (callback) {
    nextTick(callback);
  }
};

function defineFormat(name, mode) {
  const ctor = {
    [name]: function(opts) {
      // instanceof, not new.target: subclasses written as functions call Deflate.call(this)
      if (!(this instanceof ctor)) return new ctor(opts);
      Zlib.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(ctor.prototype, Zlib.prototype);
  Object.setPrototypeOf(ctor, Zlib);
  return ctor;
}

const Deflate = defineFormat('Deflate', DEFLATE);
const Inflate = defineFormat('Inflate', INFLATE);
const Gzip = defineFormat('Gzip', GZIP);
const Gunzip = defineFormat('Gunzip', GUNZIP);
const DeflateRaw = defineFormat('DeflateRaw', DEFLATERAW);
const InflateRaw = defineFormat('InflateRaw', INFLATERAW);
const Unzip = defineFormat('Unzip', UNZIP);

module.exports = {
  ZlibBase, Zlib, Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, codes, binding, bufferOf,
  checkRangesOrGetDefault, dictionaryOf, inputBuffer, isAnyArrayBuffer, processChunkSync, u8, setMaxLength,
};
