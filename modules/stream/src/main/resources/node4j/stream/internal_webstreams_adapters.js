'use strict';
// Bridges between Node streams and web streams: Readable/Writable/Duplex .toWeb and .fromWeb.
const { Buffer } = require('buffer');
const { kState } = require('internal/webstreams/util');
const { ReadableStream } = require('internal/webstreams/readable');
const { WritableStream } = require('internal/webstreams/writable');
const { CountQueuingStrategy, ByteLengthQueuingStrategy } = require('internal/webstreams/queuing');
const { eos } = require('internal/streams/end_of_stream');
const { destroyer, AbortError } = require('internal/streams/destroy');
const u = require('internal/streams/utils');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE } } = require('internal/errors');
const { validateObject } = require('internal/validators');

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  if (!u.isReadableNodeStream(streamReadable)) {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  validateObject(options, 'options');
  if (options.type !== undefined && options.type !== 'bytes') {
    throw new ERR_INVALID_ARG_VALUE('options.type', options.type, "must be one of: 'bytes', undefined");
  }
  if (u.isDestroyed(streamReadable) || !u.isReadable(streamReadable)) {
    const rs = new ReadableStream();
    rs.cancel();
    return rs;
  }
  const objectMode = streamReadable.readableObjectMode;
  const hwm = streamReadable.readableHighWaterMark;
  // A byte stream may not have a size() function: its queue is counted in bytes anyway.
  const strategy = options.strategy || (options.type === 'bytes' ? { highWaterMark: hwm }
    : objectMode ? new CountQueuingStrategy({ highWaterMark: hwm })
      : { highWaterMark: hwm, size(chunk) { return chunk.byteLength; } });
  let controller;
  let wasCanceled = false;
  function onData(chunk) {
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }
  function onFinished(error) {
    if (error && error.code === 'ERR_STREAM_PREMATURE_CLOSE') error = new AbortError(undefined, { cause: error });
    if (wasCanceled) return;
    if (error) return controller.error(error);
    controller.close();
  }
  // Built first (start() runs synchronously and sets controller), listeners after it.
  const readableStream = new ReadableStream({
    type: options.type,
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    cancel(reason) {
      wasCanceled = true;
      cleanup();
      destroyer(streamReadable, reason);
    },
  }, strategy);
  streamReadable.pause();
  const cleanup = eos(streamReadable, onFinished);
  streamReadable.on('data', onData);
  return readableStream;
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!u.isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  const Readable = require('internal/streams/readable');
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode, highWaterMark, encoding, signal,
    read() {
      reader.read().then((chunk) => {
        if (chunk.done) readable.push(null);
        else readable.push(chunk.value);
      }, (error) => destroyer(readable, error));
    },
    destroy(error, callback) {
      function done() {
        try { callback(error); } catch (err) { process.nextTick(() => { throw err; }); }
      }
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });
  reader.closed.then(() => { closed = true; }, (error) => {
    closed = true;
    destroyer(readable, error);
  });
  return readable;
}

function newWritableStreamFromStreamWritable(streamWritable) {
  if (!u.isWritableNodeStream(streamWritable)) {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  if (u.isDestroyed(streamWritable) || !u.isWritable(streamWritable)) {
    const ws = new WritableStream();
    ws.close();
    return ws;
  }
  const hwm = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode
    ? new CountQueuingStrategy({ highWaterMark: hwm })
    : { highWaterMark: hwm, size(chunk) { return chunk.byteLength; } };
  let controller;
  let backpressure;
  let closed;
  function onDrain() {
    if (backpressure !== undefined) backpressure.resolve();
  }
  const cleanup = eos(streamWritable, (error) => {
    if (error && error.code === 'ERR_STREAM_PREMATURE_CLOSE') error = new AbortError(undefined, { cause: error });
    cleanup();
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressure !== undefined) backpressure.reject(error);
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });
  streamWritable.on('drain', onDrain);
  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = withResolvers();
        return backpressure.promise.finally(() => { backpressure = undefined; });
      }
    },
    abort(reason) { destroyer(streamWritable, reason); },
    close() {
      if (closed === undefined && !u.isWritableEnded(streamWritable)) {
        closed = withResolvers();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

function withResolvers() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!u.isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  const Writable = require('internal/streams/writable');
  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new Writable({
    highWaterMark, objectMode, decodeStrings, signal,
    writev(chunks, callback) {
      writer.ready.then(() => Promise.all(chunks.map((data) => writer.write(data.chunk))))
        .then(() => callback(), (error) => destroyer(writable, error));
    },
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        chunk = new Uint8Array(Buffer.from(chunk, encoding));
      }
      writer.ready.then(() => writer.write(chunk)).then(() => callback(), (error) => destroyer(writable, error));
    },
    destroy(error, callback) {
      function done() {
        try { callback(error); } catch (err) { process.nextTick(() => { throw err; }); }
      }
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
    final(callback) {
      if (!closed) writer.close().then(() => callback(), (error) => callback(error));
      else callback();
    },
  });
  writer.closed.then(() => {
    closed = true;
    if (!u.isWritableEnded(writable)) destroyer(writable, new (require('internal/errors').codes.ERR_STREAM_PREMATURE_CLOSE)());
  }, (error) => {
    closed = true;
    destroyer(writable, error);
  });
  return writable;
}

function newReadableWritablePairFromDuplex(duplex, options = {}) {
  if (!u.isDuplexNodeStream(duplex)) throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  const writable = u.isWritable(duplex) ? newWritableStreamFromStreamWritable(duplex)
    : (() => { const ws = new WritableStream(); ws.close(); return ws; })();
  // `readableType` names the readable side's type; `type` is its older alias.
  const { readableType = options.type } = options;
  const readable = u.isReadable(duplex)
    ? newReadableStreamFromStreamReadable(duplex, { ...options, type: readableType })
    : (() => { const rs = new ReadableStream(); rs.cancel(); return rs; })();
  return { readable, writable };
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!u.isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!u.isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  const { fromPair } = require('internal/streams/duplexify');
  return fromPair({
    readable: newStreamReadableFromReadableStream(readableStream, options),
    writable: newStreamWritableFromWritableStream(writableStream, options),
  });
}

module.exports = {
  newReadableStreamFromStreamReadable, newStreamReadableFromReadableStream,
  newWritableStreamFromStreamWritable, newStreamWritableFromWritableStream,
  newReadableWritablePairFromDuplex, newStreamDuplexFromReadableWritablePair,
};
void kState; void ByteLengthQueuingStrategy; void ERR_INVALID_STATE;
