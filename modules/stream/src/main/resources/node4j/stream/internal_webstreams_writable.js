'use strict';
// WHATWG WritableStream, its default writer and controller, from the Streams standard.
const {
  kState, deferred, settledDeferred, resolveD, rejectD, promiseCall, invalidState, brand,
  enqueueValueWithSize, dequeueValue, resetQueue, extractHighWaterMark, extractSizeAlgorithm, notifyWatchers,
} = require('internal/webstreams/util');
const { kIsWebWritable, kIsErrored, kIsWritable } = require('internal/streams/utils');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');

const kCreate = Symbol('kCreate');
const kClose = Symbol('close sentinel');

class WritableStream {
  constructor(sink = undefined, strategy = {}) {
    if (sink === kCreate) return;
    if (sink === undefined) sink = null;
    if (sink !== null && typeof sink !== 'object') throw new ERR_INVALID_ARG_TYPE('sink', 'Object', sink);
    if (sink && sink.type !== undefined) throw new ERR_INVALID_ARG_VALUE('sink.type', sink.type);
    initStream(this);
    const size = extractSizeAlgorithm(strategy);
    const hwm = extractHighWaterMark(strategy, 1);
    setupControllerFromSink(this, sink || {}, hwm, size);
  }

  get locked() { return brand(this, WritableStream, 'WritableStream').writer !== undefined; }

  abort(reason = undefined) {
    let s;
    try { s = brand(this, WritableStream, 'WritableStream'); } catch (e) { return Promise.reject(e); }
    if (s.writer !== undefined) return Promise.reject(invalidState('WritableStream is locked'));
    return streamAbort(s, reason);
  }

  close() {
    let s;
    try { s = brand(this, WritableStream, 'WritableStream'); } catch (e) { return Promise.reject(e); }
    if (s.writer !== undefined) return Promise.reject(invalidState('WritableStream is locked'));
    if (closeQueuedOrInFlight(s)) return Promise.reject(invalidState('Failure closing WritableStream'));
    return streamClose(s);
  }

  getWriter() {
    brand(this, WritableStream, 'WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  get [kIsErrored]() { return this[kState].state === 'errored'; }
  get [kIsWritable]() { return this[kState].state === 'writable' && !closeQueuedOrInFlight(this[kState]); }
}
Object.defineProperty(WritableStream.prototype, kIsWebWritable, { value: true });
Object.defineProperty(WritableStream.prototype, Symbol.toStringTag, { value: 'WritableStream', configurable: true });

function initStream(stream) {
  stream[kState] = {
    stream, state: 'writable', storedError: undefined, writer: undefined, c: undefined,
    writeRequests: [], inFlightWriteRequest: undefined, closeRequest: undefined,
    inFlightCloseRequest: undefined, pendingAbortRequest: undefined, backpressure: false,
  };
}

function createWritableStream(start, write, close, abort, hwm = 1, size = () => 1) {
  const stream = new WritableStream(kCreate);
  initStream(stream);
  const controller = new WritableStreamDefaultController(kCreate);
  setupController(stream, controller, start, write, close, abort, hwm, size);
  return stream;
}

// ---- stream operations ---------------------------------------------------------------------------
function streamAbort(s, reason) {
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  s.c.signalController.abort(reason);
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  if (s.pendingAbortRequest !== undefined) return s.pendingAbortRequest.d.promise;
  let wasAlreadyErroring = false;
  if (s.state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const d = deferred();
  s.pendingAbortRequest = { d, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) startErroring(s, reason);
  return d.promise;
}

function streamClose(s) {
  if (s.state === 'closed' || s.state === 'errored') {
    return Promise.reject(invalidState('WritableStream is closed or errored'));
  }
  const d = deferred();
  s.closeRequest = d;
  const w = s.writer;
  if (w !== undefined && s.backpressure && s.state === 'writable') resolveD(w.ready);
  enqueueValueWithSize(s.c, kClose, 0);
  advanceQueueIfNeeded(s.c);
  return d.promise;
}

function closeQueuedOrInFlight(s) {
  return s.closeRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function hasOperationMarkedInFlight(s) {
  return s.inFlightWriteRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function dealWithRejection(s, error) {
  if (s.state === 'writable') startErroring(s, error);
  else finishErroring(s);
}

function startErroring(s, reason) {
  const c = s.c;
  s.state = 'erroring';
  s.storedError = reason;
  const w = s.writer;
  if (w !== undefined) writerEnsureReadyRejected(w, reason);
  if (!hasOperationMarkedInFlight(s) && c.started) finishErroring(s);
}

function finishErroring(s) {
  s.state = 'errored';
  const c = s.c;
  resetQueue(c);
  const storedError = s.storedError;
  for (const d of s.writeRequests.splice(0)) rejectD(d, storedError);
  notifyWatchers(s);
  if (s.pendingAbortRequest === undefined) {
    rejectCloseAndClosedIfNeeded(s);
    return;
  }
  const abortRequest = s.pendingAbortRequest;
  s.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    rejectD(abortRequest.d, storedError);
    rejectCloseAndClosedIfNeeded(s);
    return;
  }
  const result = c.abortAlgorithm ? c.abortAlgorithm(abortRequest.reason) : Promise.resolve();
  clearAlgorithms(c);
  result.then(() => {
    resolveD(abortRequest.d);
    rejectCloseAndClosedIfNeeded(s);
  }, (reason) => {
    rejectD(abortRequest.d, reason);
    rejectCloseAndClosedIfNeeded(s);
  });
}

function rejectCloseAndClosedIfNeeded(s) {
  if (s.closeRequest !== undefined) {
    rejectD(s.closeRequest, s.storedError);
    s.closeRequest = undefined;
  }
  const w = s.writer;
  if (w !== undefined) rejectD(w.closed, s.storedError);
}

function updateBackpressure(s, backpressure) {
  const w = s.writer;
  if (w !== undefined && backpressure !== s.backpressure) {
    if (backpressure) w.ready = deferred();
    else resolveD(w.ready);
  }
  s.backpressure = backpressure;
}

// ---- controller ----------------------------------------------------------------------------------
class WritableStreamDefaultController {
  constructor(key) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get signal() { return brand(this, WritableStreamDefaultController, 'WritableStreamDefaultController').signalController.signal; }

  error(e = undefined) {
    const c = brand(this, WritableStreamDefaultController, 'WritableStreamDefaultController');
    if (c.stream.state !== 'writable') return;
    controllerError(c, e);
  }
}
Object.defineProperty(WritableStreamDefaultController.prototype, Symbol.toStringTag, {
  value: 'WritableStreamDefaultController', configurable: true,
});

function clearAlgorithms(c) {
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.size = undefined;
}

function controllerError(c, e) {
  clearAlgorithms(c);
  startErroring(c.stream, e);
}

function controllerErrorIfNeeded(c, e) {
  if (c.stream.state === 'writable') controllerError(c, e);
}

function desiredSize(c) { return c.hwm - c.queueTotalSize; }

function setupController(stream, controller, start, write, close, abort, hwm, size) {
  const s = stream[kState];
  const c = {
    stream: s, controller, queue: [], queueTotalSize: 0, started: false, hwm, size,
    writeAlgorithm: write, closeAlgorithm: close, abortAlgorithm: abort,
    signalController: new AbortController(),
  };
  controller[kState] = c;
  s.c = c;
  updateBackpressure(s, desiredSize(c) <= 0);
  const startResult = start(controller);
  Promise.resolve(startResult).then(() => {
    c.started = true;
    advanceQueueIfNeeded(c);
  }, (r) => {
    c.started = true;
    dealWithRejection(s, r);
  });
}

function setupControllerFromSink(stream, sink, hwm, size) {
  const controller = new WritableStreamDefaultController(kCreate);
  setupController(stream, controller,
    (ctl) => (sink.start === undefined ? undefined : sink.start.call(sink, ctl)),
    (chunk, ctl) => promiseCall(sink.write, sink, chunk, ctl),
    () => promiseCall(sink.close, sink),
    (reason) => promiseCall(sink.abort, sink, reason),
    hwm, size);
}

function getChunkSize(c, chunk) {
  try {
    return c.size(chunk);
  } catch (err) {
    controllerErrorIfNeeded(c, err);
    return 1;
  }
}

function controllerWrite(c, chunk, chunkSize) {
  try {
    enqueueValueWithSize(c, chunk, chunkSize);
  } catch (err) {
    controllerErrorIfNeeded(c, err);
    return;
  }
  const s = c.stream;
  if (!closeQueuedOrInFlight(s) && s.state === 'writable') updateBackpressure(s, desiredSize(c) <= 0);
  advanceQueueIfNeeded(c);
}

function advanceQueueIfNeeded(c) {
  const s = c.stream;
  if (!c.started || s.inFlightWriteRequest !== undefined) return;
  if (s.state === 'erroring') {
    finishErroring(s);
    return;
  }
  if (c.queue.length === 0) return;
  const value = c.queue[0].value;
  if (value === kClose) processClose(c);
  else processWrite(c, value);
}

function processClose(c) {
  const s = c.stream;
  s.inFlightCloseRequest = s.closeRequest;
  s.closeRequest = undefined;
  dequeueValue(c);
  const result = c.closeAlgorithm();
  clearAlgorithms(c);
  result.then(() => {
    resolveD(s.inFlightCloseRequest);
    s.inFlightCloseRequest = undefined;
    if (s.state === 'erroring') {
      s.storedError = undefined;
      if (s.pendingAbortRequest !== undefined) {
        resolveD(s.pendingAbortRequest.d);
        s.pendingAbortRequest = undefined;
      }
    }
    s.state = 'closed';
    if (s.writer !== undefined) resolveD(s.writer.closed);
    notifyWatchers(s);
  }, (reason) => {
    rejectD(s.inFlightCloseRequest, reason);
    s.inFlightCloseRequest = undefined;
    if (s.pendingAbortRequest !== undefined) {
      rejectD(s.pendingAbortRequest.d, reason);
      s.pendingAbortRequest = undefined;
    }
    dealWithRejection(s, reason);
  });
}

function processWrite(c, chunk) {
  const s = c.stream;
  s.inFlightWriteRequest = s.writeRequests.shift();
  c.writeAlgorithm(chunk, c.controller).then(() => {
    resolveD(s.inFlightWriteRequest);
    s.inFlightWriteRequest = undefined;
    const state = s.state;
    dequeueValue(c);
    if (!closeQueuedOrInFlight(s) && state === 'writable') updateBackpressure(s, desiredSize(c) <= 0);
    advanceQueueIfNeeded(c);
  }, (reason) => {
    if (s.state === 'writable') clearAlgorithms(c);
    rejectD(s.inFlightWriteRequest, reason);
    s.inFlightWriteRequest = undefined;
    dealWithRejection(s, reason);
  });
}

// ---- writer --------------------------------------------------------------------------------------
class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!(stream instanceof WritableStream) || !stream[kState]) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    }
    const s = stream[kState];
    if (s.writer !== undefined) throw invalidState('WritableStream is locked');
    const w = { stream: s, ready: undefined, closed: undefined };
    s.writer = w;
    this[kState] = w;
    const state = s.state;
    if (state === 'writable') {
      w.ready = !closeQueuedOrInFlight(s) && s.backpressure ? deferred() : settledDeferred();
      w.closed = deferred();
    } else if (state === 'erroring') {
      w.ready = settledDeferred(s.storedError);
      w.closed = deferred();
    } else if (state === 'closed') {
      w.ready = settledDeferred();
      w.closed = settledDeferred();
    } else {
      w.ready = settledDeferred(s.storedError);
      w.closed = settledDeferred(s.storedError);
    }
  }

  get closed() {
    try { return brand(this, WritableStreamDefaultWriter, 'WritableStreamDefaultWriter').closed.promise; } catch (e) { return Promise.reject(e); }
  }

  get ready() {
    try { return brand(this, WritableStreamDefaultWriter, 'WritableStreamDefaultWriter').ready.promise; } catch (e) { return Promise.reject(e); }
  }

  get desiredSize() {
    const w = brand(this, WritableStreamDefaultWriter, 'WritableStreamDefaultWriter');
    if (w.stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    const state = w.stream.state;
    if (state === 'errored' || state === 'erroring') return null;
    if (state === 'closed') return 0;
    return desiredSize(w.stream.c);
  }

  abort(reason = undefined) {
    let w;
    try { w = brand(this, WritableStreamDefaultWriter, 'WritableStreamDefaultWriter'); } catch (e) { return Promise.reject(e); }
    if (w.stream === undefined) return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    return streamAbort(w.stream, reason);
  }

  close() {
    let w;
    try { w = brand(this, WritableStreamDefaultWriter, 'WritableStreamDefaultWriter'); } catch (e) { return Promise.reject(e); }
    const s = w.stream;
    if (s === undefined) return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    if (closeQueuedOrInFlight(s)) return Promise.reject(invalidState('Failure to close WritableStream'));
    return streamClose(s);
  }

  releaseLock() {
    const w = brand(this, WritableStreamDefaultWriter, 'WritableStreamDefaultWriter');
    if (w.stream !== undefined) writerRelease(w);
  }

  write(chunk = undefined) {
    let w;
    try { w = brand(this, WritableStreamDefaultWriter, 'WritableStreamDefaultWriter'); } catch (e) { return Promise.reject(e); }
    if (w.stream === undefined) return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    return writerWrite(w, chunk);
  }
}
Object.defineProperty(WritableStreamDefaultWriter.prototype, Symbol.toStringTag, {
  value: 'WritableStreamDefaultWriter', configurable: true,
});

function writerEnsureReadyRejected(w, error) {
  if (w.ready.settled) w.ready = deferred();
  rejectD(w.ready, error);
}

function writerEnsureClosedRejected(w, error) {
  if (w.closed.settled) w.closed = deferred();
  rejectD(w.closed, error);
}

function writerRelease(w) {
  const s = w.stream;
  const err = invalidState('Writer was released');
  writerEnsureReadyRejected(w, err);
  writerEnsureClosedRejected(w, err);
  s.writer = undefined;
  w.stream = undefined;
}

function writerWrite(w, chunk) {
  const s = w.stream;
  const c = s.c;
  const chunkSize = getChunkSize(c, chunk);
  if (s !== w.stream) return Promise.reject(invalidState('Writer was released'));
  const state = s.state;
  if (state === 'errored') return Promise.reject(s.storedError);
  if (closeQueuedOrInFlight(s) || state === 'closed') {
    return Promise.reject(invalidState('WritableStream is closed'));
  }
  if (state === 'erroring') return Promise.reject(s.storedError);
  const d = deferred();
  s.writeRequests.push(d);
  controllerWrite(c, chunk, chunkSize);
  return d.promise;
}

function writerCloseWithErrorPropagation(w) {
  const s = w.stream;
  const state = s.state;
  if (closeQueuedOrInFlight(s) || state === 'closed') return Promise.resolve();
  if (state === 'errored') return Promise.reject(s.storedError);
  return streamClose(s);
}

function writableStreamAbort(stream, reason) {
  return streamAbort(stream[kState], reason);
}

module.exports = {
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController, createWritableStream,
  streamAbort, streamClose, closeQueuedOrInFlight, writerWrite, writerRelease,
  writerCloseWithErrorPropagation, controllerErrorIfNeeded, startErroring, writableStreamAbort,
  finishErroring, dealWithRejection, updateBackpressure,
};
