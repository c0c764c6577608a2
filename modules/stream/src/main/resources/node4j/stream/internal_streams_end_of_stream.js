'use strict';
// finished(stream, [options], callback): one callback when a stream is done (end/finish and,
// when it will come, close), errored, or closed prematurely. Returns a function that detaches.
const { tick, AbortError } = require('internal/streams/destroy');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_PREMATURE_CLOSE },
} = require('internal/errors');
const { validateFunction, validateObject, validateAbortSignal, validateBoolean } = require('internal/validators');
const u = require('internal/streams/utils');

function nop() {}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');
  let called = false;
  let cb = (...args) => {
    if (called) return;
    called = true;
    callback.apply(stream, args);
  };

  if (u.isReadableStream(stream) || u.isWritableStream(stream)) return eosWeb(stream, options, cb);
  if (!u.isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }

  const readable = options.readable ?? u.isReadableNodeStream(stream);
  const writable = options.writable ?? u.isWritableNodeStream(stream);
  const wState = stream._writableState;
  const rState = stream._readableState;

  // Wait for 'close' after end/finish only when it will come and we watch the whole stream.
  let waitClose = u.willEmitClose(stream) &&
    u.isReadableNodeStream(stream) === readable && u.isWritableNodeStream(stream) === writable;
  let writableDone = u.isWritableFinished(stream, false);
  let readableDone = u.isReadableFinished(stream, false);

  const onlegacyfinish = () => { if (!stream.writable) onfinish(); };
  function onfinish() {
    writableDone = true;
    if (stream.destroyed) waitClose = false;
    if (waitClose && (!stream.readable || readable)) return;
    if (!readable || readableDone) cb();
  }
  function onend() {
    readableDone = true;
    if (stream.destroyed) waitClose = false;
    if (waitClose && (!stream.writable || writable)) return;
    if (!writable || writableDone) cb();
  }
  function onerror(err) { cb(err); }
  let closed = u.isClosed(stream);
  function onclose() {
    closed = true;
    const errored = u.isWritableErrored(stream) || u.isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return cb(errored);
    if (readable && !readableDone && u.isReadableNodeStream(stream, true) && !u.isReadableFinished(stream, false)) {
      return cb(new ERR_STREAM_PREMATURE_CLOSE());
    }
    if (writable && !writableDone && !u.isWritableFinished(stream, false)) {
      return cb(new ERR_STREAM_PREMATURE_CLOSE());
    }
    cb();
  }
  function onclosed() {
    closed = true;
    const errored = u.isWritableErrored(stream) || u.isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return cb(errored);
    cb();
  }
  function onrequest() { stream.req.on('finish', onfinish); }

  const isRequest = stream && typeof stream.setHeader === 'function' && typeof stream.abort === 'function';
  if (isRequest) {
    stream.on('complete', onfinish);
    if (!waitClose) stream.on('abort', onclose);
    if (stream.req) onrequest(); else stream.on('request', onrequest);
  } else if (writable && !wState) {
    // Legacy writable streams only signal through end/close.
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  if (!waitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);

  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  // Already done (or failed) before we started watching.
  if (closed) {
    tick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!waitClose) tick(onclosed);
  } else if (!readable && (!waitClose || u.isReadable(stream)) && (writableDone || u.isWritable(stream) === false)) {
    tick(onclosed);
  } else if (!writable && (!waitClose || u.isWritable(stream)) && (readableDone || u.isReadable(stream) === false)) {
    tick(onclosed);
  } else if (rState && stream.req && stream.aborted) {
    tick(onclosed);
  }

  function cleanup() {
    cb = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  }

  if (options.signal && !closed) {
    const signal = options.signal;
    const abort = () => {
      const end = cb;
      cleanup();
      end(new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      tick(abort);
    } else {
      signal.addEventListener('abort', abort, { once: true });
      const inner = cleanup;
      return function() {
        signal.removeEventListener('abort', abort);
        inner();
      };
    }
  }
  return cleanup;
}

// Web streams: settle on the stream's closed/errored state through a reader-free watcher.
function eosWeb(stream, options, cb) {
  let done = false;
  const finish = (err) => { if (!done) { done = true; cb(err); } };
  let abort;
  if (options.signal) {
    const signal = options.signal;
    abort = () => finish(new AbortError(undefined, { cause: signal.reason }));
    if (signal.aborted) tick(abort);
    else signal.addEventListener('abort', abort, { once: true });
  }
  const watch = require('internal/webstreams/util').whenSettled(stream);
  watch.then(() => tick(finish), (err) => tick(finish, err));
  return () => {
    done = true;
    if (abort) options.signal.removeEventListener('abort', abort);
  };
}

function finished(stream, opts) {
  let autoCleanup = false;
  if (opts === null) opts = {};
  if (opts && opts.cleanup) {
    validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new Promise((resolve, reject) => {
    const cleanup = eos(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}

eos.finished = finished;
module.exports = { eos, finished };
