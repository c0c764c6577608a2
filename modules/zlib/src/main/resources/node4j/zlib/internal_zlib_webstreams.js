'use strict';
// The web CompressionStream / DecompressionStream: a TransformStream over a Java zlib handle,
// run on the JS thread chunk by chunk.
const { Buffer } = require('buffer');
const { TransformStream } = require('stream/web');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const {
  Z_NO_FLUSH, Z_FINISH, DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, BROTLI_DECODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FINISH,
} = require('internal/zlib_constants');
const { binding, bufferOf, codes } = require('internal/zlib_base');

const kPair = Symbol('kPair');
const formats = ['deflate', 'deflate-raw', 'gzip', 'brotli'];

function checkFormat(format, className) {
  const value = String(format);
  if (!formats.includes(value)) {
    const err = new ERR_INVALID_ARG_VALUE('format', format);
    err.message = `Failed to construct '${className}': 1st argument value '${value}' ` +
      'is not a valid enum value of type CompressionFormat.';
    throw err;
  }
  return value;
}

function errorOf(handle) {
  const code = handle.code();
  if (code === 'ERR_TRAILING_JUNK_AFTER_STREAM_END') {
    const err = new TypeError(handle.message());
    err.code = code;
    return err;
  }
  const err = new Error(handle.message());
  err.errno = handle.errno();
  err.code = code || codes[err.errno];
  return err;
}

function pairOver(mode, brotli, rejectJunk) {
  const handle = binding.create(mode, -1, 0, null, 0, 0, Number.MAX_SAFE_INTEGER);
  if (rejectJunk) handle.rejectTrailingJunk();
  const run = (flush, bytes, controller) => {
    const out = handle.write(flush, bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (out == null) {
      const err = errorOf(handle);
      handle.close();
      throw err;
    }
    const buf = bufferOf(out);
    if (buf.length > 0) controller.enqueue(new Uint8Array(buf.buffer, buf.byteOffset, buf.length));
  };
  return new TransformStream({
    transform(chunk, controller) {
      let bytes;
      if (ArrayBuffer.isView(chunk)) bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      else if (chunk instanceof ArrayBuffer) bytes = new Uint8Array(chunk);
      else throw new ERR_INVALID_ARG_TYPE('chunk', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], chunk);
      run(brotli ? BROTLI_OPERATION_PROCESS : Z_NO_FLUSH, bytes, controller);
    },
    flush(controller) {
      run(brotli ? BROTLI_OPERATION_FINISH : Z_FINISH, new Uint8Array(0), controller);
      handle.close();
    },
  });
}

class CompressionStream {
  constructor(format) {
    format = checkFormat(format, 'CompressionStream');
    if (format === 'brotli') throw new ERR_NOT_IMPLEMENTED('Brotli compression (CompressionStream)');
    const mode = format === 'deflate' ? DEFLATE : format === 'gzip' ? GZIP : DEFLATERAW;
    this[kPair] = pairOver(mode, false, false);
  }

  get readable() {
    if (!(this instanceof CompressionStream)) throw new ERR_INVALID_THIS('CompressionStream');
    return this[kPair].readable;
  }

  get writable() {
    if (!(this instanceof CompressionStream)) throw new ERR_INVALID_THIS('CompressionStream');
    return this[kPair].writable;
  }
}

class DecompressionStream {
  constructor(format) {
    format = checkFormat(format, 'DecompressionStream');
    const mode = format === 'deflate' ? INFLATE : format === 'gzip' ? GUNZIP
      : format === 'brotli' ? BROTLI_DECODE : INFLATERAW;
    this[kPair] = pairOver(mode, format === 'brotli', true);
  }

  get readable() {
    if (!(this instanceof DecompressionStream)) throw new ERR_INVALID_THIS('DecompressionStream');
    return this[kPair].readable;
  }

  get writable() {
    if (!(this instanceof DecompressionStream)) throw new ERR_INVALID_THIS('DecompressionStream');
    return this[kPair].writable;
  }
}

for (const C of [CompressionStream, DecompressionStream]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { configurable: true, value: C.name });
  for (const name of ['readable', 'writable']) {
    Object.defineProperty(C.prototype, name, { enumerable: true });
  }
}

module.exports = { CompressionStream, DecompressionStream };
