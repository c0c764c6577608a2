'use strict';
// require('stream/web'): the WHATWG streams classes (also installed as globals).
const R = require('internal/webstreams/readable');
const B = require('internal/webstreams/byte');
const W = require('internal/webstreams/writable');
const T = require('internal/webstreams/transform');
const Q = require('internal/webstreams/queuing');
const X = require('internal/webstreams/text');

module.exports = {
  ReadableStream: R.ReadableStream,
  ReadableStreamDefaultReader: R.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: B.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: B.ReadableStreamBYOBRequest,
  ReadableByteStreamController: B.ReadableByteStreamController,
  ReadableStreamDefaultController: R.ReadableStreamDefaultController,
  TransformStream: T.TransformStream,
  TransformStreamDefaultController: T.TransformStreamDefaultController,
  WritableStream: W.WritableStream,
  WritableStreamDefaultWriter: W.WritableStreamDefaultWriter,
  WritableStreamDefaultController: W.WritableStreamDefaultController,
  ByteLengthQueuingStrategy: Q.ByteLengthQueuingStrategy,
  CountQueuingStrategy: Q.CountQueuingStrategy,
  TextEncoderStream: X.TextEncoderStream,
  TextDecoderStream: X.TextDecoderStream,
};

// CompressionStream / DecompressionStream come with the zlib jar: exported here (loaded on first
// use) when it is on the class path, absent otherwise.
if (require('module').isBuiltin('zlib')) {
  for (const name of ['CompressionStream', 'DecompressionStream']) {
    Object.defineProperty(module.exports, name, {
      enumerable: true,
      configurable: true,
      get() {
        const value = require('internal/zlib_webstreams')[name];
        Object.defineProperty(module.exports, name, { value, writable: true, enumerable: true, configurable: true });
        return value;
      },
    });
  }
}
