'use strict';
// Node's zlib: the zlib-format streams (internal/zlib_base), Brotli and zstd, the convenience
// functions (callback and *Sync), crc32 and the constants.
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_BUFFER_TOO_LARGE, ERR_INVALID_ARG_TYPE, ERR_BROTLI_INVALID_PARAM, ERR_ZSTD_INVALID_PARAM, ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const constants = require('internal/zlib_constants');
const {
  ZlibBase, Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, codes, binding,
  dictionaryOf, inputBuffer, isAnyArrayBuffer, processChunkSync, u8, setMaxLength,
} = require('internal/zlib_base');

setMaxLength(require('buffer').kMaxLength);

const {
  BROTLI_DECODE, BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_EMIT_METADATA, ZSTD_COMPRESS, ZSTD_DECOMPRESS, ZSTD_e_continue, ZSTD_e_flush, ZSTD_e_end,
} = constants;

// ---- Brotli ------------------------------------------------------------------------------

// The highest BROTLI_PARAM_* number: parameter keys above it are not Brotli parameters.
const kMaxBrotliParam = Math.max(...Object.entries(constants)
  .map(([key, value]) => (key.startsWith('BROTLI_PARAM_') ? value : 0)));

function checkBrotliParams(opts) {
  if (!opts || !opts.params) return;
  for (const origKey of Object.keys(opts.params)) {
    const key = +origKey;
    if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam) throw new ERR_BROTLI_INVALID_PARAM(origKey);
    const value = opts.params[origKey];
    if (typeof value !== 'number' && typeof value !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', value);
    }
  }
}

const brotliFlushes = {
  flush: { min: BROTLI_OPERATION_PROCESS, max: BROTLI_OPERATION_EMIT_METADATA, def: BROTLI_OPERATION_PROCESS },
  finishFlush: { min: BROTLI_OPERATION_PROCESS, max: BROTLI_OPERATION_EMIT_METADATA, def: BROTLI_OPERATION_FINISH },
  fullFlush: BROTLI_OPERATION_FLUSH,
};

function Brotli(opts, mode) {
  checkBrotliParams(opts);
  const dictionary = dictionaryOf(opts);
  const handle = (max) => binding.create(mode, 0, 0, dictionary ? dictionary.buffer : null,
    dictionary ? dictionary.byteOffset : 0, dictionary ? dictionary.byteLength : 0, max);
  ZlibBase.call(this, opts, mode, handle, brotliFlushes);
}
Object.setPrototypeOf(Brotli.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Brotli, ZlibBase);

function BrotliCompress(opts) {
  if (!(this instanceof BrotliCompress)) return new BrotliCompress(opts);
  checkBrotliParams(opts);
  // The JDK has no Brotli encoder and Maven Central has no pure-Java one.
  throw new ERR_NOT_IMPLEMENTED('Brotli compression (zlib.BrotliCompress)');
}
Object.setPrototypeOf(BrotliCompress.prototype, Brotli.prototype);
Object.setPrototypeOf(BrotliCompress, Brotli);

function BrotliDecompress(opts) {
  if (!(this instanceof BrotliDecompress)) return new BrotliDecompress(opts);
  Brotli.call(this, opts, BROTLI_DECODE);
}
Object.setPrototypeOf(BrotliDecompress.prototype, Brotli.prototype);
Object.setPrototypeOf(BrotliDecompress, Brotli);

// ---- zstd ----------------------------------------------------------------------------------

// Parameter keys each direction knows: the ZSTD_c_* and ZSTD_d_* numbers.
const zstdKeys = (prefix) => new Set(Object.entries(constants)
  .filter(([key]) => key.startsWith(prefix)).map(([, value]) => value));
const zstdCompressKeys = zstdKeys('ZSTD_c_');
const zstdDecompressKeys = zstdKeys('ZSTD_d_');

const zstdFlushes = {
  flush: { min: ZSTD_e_continue, max: ZSTD_e_end, def: ZSTD_e_continue },
  finishFlush: { min: ZSTD_e_continue, max: ZSTD_e_end, def: ZSTD_e_end },
  fullFlush: ZSTD_e_flush,
};

function Zstd(opts, mode) {
  const known = mode === ZSTD_COMPRESS ? zstdCompressKeys : zstdDecompressKeys;
  if (opts && opts.params) {
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || String(key) !== origKey || !known.has(key)) {
        throw new ERR_ZSTD_INVALID_PARAM(origKey);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', value);
      }
    }
  }
  // aircompressor has no zstd dictionaries.
  if (opts && opts.dictionary !== undefined) throw new ERR_NOT_IMPLEMENTED('zstd dictionaries');
  ZlibBase.call(this, opts, mode, (max) => binding.create(mode, 0, 0, null, 0, 0, max), zstdFlushes);
}
Object.setPrototypeOf(Zstd.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zstd, ZlibBase);

function ZstdCompress(opts) {
  if (!(this instanceof ZstdCompress)) return new ZstdCompress(opts);
  Zstd.call(this, opts, ZSTD_COMPRESS);
}
Object.setPrototypeOf(ZstdCompress.prototype, Zstd.prototype);
Object.setPrototypeOf(ZstdCompress, Zstd);

function ZstdDecompress(opts) {
  if (!(this instanceof ZstdDecompress)) return new ZstdDecompress(opts);
  Zstd.call(this, opts, ZSTD_DECOMPRESS);
}
Object.setPrototypeOf(ZstdDecompress.prototype, Zstd.prototype);
Object.setPrototypeOf(ZstdDecompress, Zstd);

// ---- convenience functions -----------------------------------------------------------------

function zlibBuffer(engine, buffer, callback) {
  // Streams take Uint8Arrays: other views and ArrayBuffers are wrapped without a copy.
  if (ArrayBuffer.isView(buffer) && !(buffer instanceof Uint8Array)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  const chunks = [];
  let nread = 0;
  engine.on('data', function onData(chunk) {
    chunks.push(chunk);
    nread += chunk.length;
    if (nread > engine._maxOutputLength) {
      engine.removeAllListeners('end');
      engine.removeAllListeners('data');
      const err = new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength);
      engine.on('error', () => {});
      engine.destroy();
      callback(err);
    }
  });
  engine.on('error', function onError(err) {
    engine.removeAllListeners('end');
    callback(err);
  });
  engine.on('end', function onEnd() {
    const buf = Buffer.concat(chunks, nread);
    engine.close();
    callback(null, engine._info ? { buffer: buf, engine } : buf);
  });
  engine.end(buffer);
}

function zlibBufferSync(engine, buffer) {
  const bytes = u8(inputBuffer(buffer));
  const out = processChunkSync(engine, bytes, engine._finishFlushFlag);
  return engine._info ? { buffer: out, engine } : out;
}

function asyncMethod(Ctor) {
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    validateFunction(callback, 'callback');
    return zlibBuffer(new Ctor(opts), buffer, callback);
  };
}

function syncMethod(Ctor) {
  return function syncBufferWrapper(buffer, opts) {
    return zlibBufferSync(new Ctor(opts), buffer);
  };
}

// ---- crc32 ---------------------------------------------------------------------------------

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  const bytes = typeof data === 'string' ? Buffer.from(data) : u8(data);
  return binding.crc32(bytes.buffer, bytes.byteOffset, bytes.byteLength, value);
}

// ---- exports, in Node's order --------------------------------------------------------------

const classes = {
  Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress,
  ZstdCompress, ZstdDecompress,
};
const methods = [
  ['deflate', Deflate], ['gzip', Gzip], ['deflateRaw', DeflateRaw], ['unzip', Unzip],
  ['inflate', Inflate], ['gunzip', Gunzip], ['inflateRaw', InflateRaw],
  ['brotliCompress', BrotliCompress], ['brotliDecompress', BrotliDecompress],
  ['zstdCompress', ZstdCompress], ['zstdDecompress', ZstdDecompress],
];

module.exports = { crc32, ...classes };
for (const [name, Ctor] of methods) {
  module.exports[name] = asyncMethod(Ctor);
  module.exports[`${name}Sync`] = syncMethod(Ctor);
}
for (const name of Object.keys(classes)) {
  const Ctor = classes[name];
  module.exports[`create${name}`] = function(options) { return new Ctor(options); };
}

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  codes: { enumerable: true, writable: false, value: codes },
});

// Legacy top-level constants (non-enumerable, read-only), all but the Brotli ones.
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, key, {
    enumerable: false, value: constants[key], writable: false,
  });
}
