'use strict';
// WHATWG ReadableStream with its default controller and default reader, tee() and async
// iteration, written from the Streams standard. Byte streams live in webstreams/byte, pipeTo
// in webstreams/pipe.
const {
  kState, deferred, settledDeferred, resolveD, rejectD, promiseCall, invalidState, brand,
  enqueueValueWithSize, dequeueValue, resetQueue, extractHighWaterMark, extractSizeAlgorithm,
  isObjectLike, notifyWatchers,
} = require('internal/webstreams/util');
const { kIsWebReadable, kIsDisturbed, kIsErrored, kIsReadable } = require('internal/streams/utils');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');

// Not the global queueMicrotask: user code may replace it.
const microtask = (fn) => { Promise.resolve().then(fn); };

const kCreate = Symbol('kCreate');

class ReadableStream {
  constructor(source = undefined, strategy = {}) {
    if (source === kCreate) return;
    if (source === undefined) source = null;
    if (source !== null && typeof source !== 'object') throw new ERR_INVALID_ARG_TYPE('source', 'Object', source);
    initStream(this);
    const type = source === null ? undefined : source.type;
    if (type !== undefined && String(type) !== 'bytes') {
      throw new ERR_INVALID_ARG_VALUE('source.type', type);
    }
    if (type !== undefined) {
      if (strategy && strategy.size !== undefined) {
        const err = new ERR_INVALID_ARG_VALUE('strategy.size', strategy.size);
        Object.setPrototypeOf(err, RangeError.prototype);
        throw err;
      }
      const hwm = extractHighWaterMark(strategy, 0);
      require('internal/webstreams/byte').setupByteControllerFromSource(this, source, hwm);
    } else {
      const size = extractSizeAlgorithm(strategy);
      const hwm = extractHighWaterMark(strategy, 1);
      setupDefaultControllerFromSource(this, source || {}, hwm, size);
    }
  }

  get locked() { return brand(this, ReadableStream, 'ReadableStream').reader !== undefined; }

  cancel(reason = undefined) {
    let s;
    try { s = brand(this, ReadableStream, 'ReadableStream'); } catch (e) { return Promise.reject(e); }
    if (s.reader !== undefined) return Promise.reject(invalidState('ReadableStream is locked'));
    return readableStreamCancel(s, reason);
  }

  getReader(options = undefined) {
    brand(this, ReadableStream, 'ReadableStream');
    const mode = options == null ? undefined : options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (String(mode) !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    const { ReadableStreamBYOBReader } = require('internal/webstreams/byte');
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = {}) {
    const s = brand(this, ReadableStream, 'ReadableStream');
    if (!isObjectLike(transform) || !transform.readable || !transform.writable) {
      throw new ERR_INVALID_ARG_TYPE('transform', 'ReadableWritablePair', transform);
    }
    if (s.reader !== undefined) throw invalidState('The ReadableStream is locked');
    if (transform.writable.locked) throw invalidState('The WritableStream is locked');
    const promise = require('internal/webstreams/pipe').pipeTo(this, transform.writable, options);
    promise.catch(() => {});
    return transform.readable;
  }

  pipeTo(destination, options = {}) {
    try {
      brand(this, ReadableStream, 'ReadableStream');
      return require('internal/webstreams/pipe').pipeTo(this, destination, options);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  tee() {
    const s = brand(this, ReadableStream, 'ReadableStream');
    return s.c.kind === 'bytes' ? require('internal/webstreams/byte').byteTee(this) : defaultTee(this);
  }

  values(options = undefined) {
    brand(this, ReadableStream, 'ReadableStream');
    const preventCancel = !!(options && options.preventCancel);
    return createAsyncIterator(this, preventCancel);
  }

  [Symbol.asyncIterator](options) { return this.values(options); }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  get [kIsDisturbed]() { return this[kState].disturbed; }
  get [kIsErrored]() { return this[kState].state === 'errored'; }
  get [kIsReadable]() { return this[kState].state === 'readable'; }
}
Object.defineProperty(ReadableStream.prototype, kIsWebReadable, { value: true });
Object.defineProperty(ReadableStream.prototype, Symbol.toStringTag, { value: 'ReadableStream', configurable: true });

function initStream(stream) {
  stream[kState] = {
    stream, state: 'readable', reader: undefined, storedError: undefined, disturbed: false, c: undefined,
  };
}

function createReadableStream() {
  const stream = new ReadableStream(kCreate);
  initStream(stream);
  return stream;
}

// ---- stream-level abstract operations --------------------------------------------------------
function readableStreamClose(s) {
  s.state = 'closed';
  const r = s.reader;
  if (r !== undefined) {
    resolveD(r.closed);
    if (r.kind === 'default') {
      for (const req of r.requests.splice(0)) req.close();
    }
  }
  notifyWatchers(s);
}

function readableStreamError(s, e) {
  s.state = 'errored';
  s.storedError = e;
  const r = s.reader;
  if (r !== undefined) {
    rejectD(r.closed, e);
    for (const req of r.requests.splice(0)) req.error(e);
  }
  notifyWatchers(s);
}

function readableStreamCancel(s, reason) {
  s.disturbed = true;
  if (s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return Promise.reject(s.storedError);
  readableStreamClose(s);
  const r = s.reader;
  if (r !== undefined && r.kind === 'byob') {
    for (const req of r.requests.splice(0)) req.close(undefined);
  }
  return s.c.cancelSteps(reason).then(() => undefined);
}

function fulfillReadRequest(s, chunk, done) {
  const req = s.reader.requests.shift();
  if (done) req.close();
  else req.chunk(chunk);
}

function numReadRequests(s) {
  return s.reader === undefined ? 0 : s.reader.requests.length;
}

// ---- default controller ------------------------------------------------------------------------
class ReadableStreamDefaultController {
  constructor(key) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() { return desiredSize(brand(this, ReadableStreamDefaultController, 'ReadableStreamDefaultController')); }

  close() {
    const c = brand(this, ReadableStreamDefaultController, 'ReadableStreamDefaultController');
    if (!canCloseOrEnqueue(c)) throw invalidState('Controller is already closed');
    controllerClose(c);
  }

  enqueue(chunk = undefined) {
    const c = brand(this, ReadableStreamDefaultController, 'ReadableStreamDefaultController');
    if (!canCloseOrEnqueue(c)) throw invalidState('Controller is already closed');
    controllerEnqueue(c, chunk);
  }

  error(e = undefined) {
    controllerError(brand(this, ReadableStreamDefaultController, 'ReadableStreamDefaultController'), e);
  }
}
Object.defineProperty(ReadableStreamDefaultController.prototype, Symbol.toStringTag, {
  value: 'ReadableStreamDefaultController', configurable: true,
});

function desiredSize(c) {
  const state = c.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.hwm - c.queueTotalSize;
}

function canCloseOrEnqueue(c) {
  return !c.closeRequested && c.stream.state === 'readable';
}

function clearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.size = undefined;
}

function controllerClose(c) {
  if (!canCloseOrEnqueue(c)) return;
  c.closeRequested = true;
  if (c.queue.length === 0) {
    clearAlgorithms(c);
    readableStreamClose(c.stream);
  }
}

function controllerEnqueue(c, chunk) {
  if (!canCloseOrEnqueue(c)) return;
  const s = c.stream;
  if (s.reader !== undefined && numReadRequests(s) > 0) {
    fulfillReadRequest(s, chunk, false);
  } else {
    let size;
    try {
      size = c.size(chunk);
      enqueueValueWithSize(c, chunk, size);
    } catch (err) {
      controllerError(c, err);
      throw err;
    }
  }
  callPullIfNeeded(c);
}

function controllerError(c, e) {
  if (c.stream.state !== 'readable') return;
  resetQueue(c);
  clearAlgorithms(c);
  readableStreamError(c.stream, e);
}

function shouldCallPull(c) {
  if (!canCloseOrEnqueue(c) || !c.started) return false;
  const s = c.stream;
  if (s.reader !== undefined && numReadRequests(s) > 0) return true;
  return desiredSize(c) > 0;
}

function callPullIfNeeded(c) {
  if (!shouldCallPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm().then(() => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      callPullIfNeeded(c);
    }
  }, (e) => controllerError(c, e));
}

function setupDefaultController(stream, controller, start, pull, cancel, hwm, size) {
  const s = stream[kState];
  const c = {
    kind: 'default', controller, stream: s, queue: [], queueTotalSize: 0, started: false,
    closeRequested: false, pullAgain: false, pulling: false, size, hwm,
    pullAlgorithm: pull, cancelAlgorithm: cancel,
  };
  c.pullSteps = (req) => {
    if (c.queue.length > 0) {
      const chunk = dequeueValue(c);
      if (c.closeRequested && c.queue.length === 0) {
        clearAlgorithms(c);
        readableStreamClose(s);
      } else {
        callPullIfNeeded(c);
      }
      req.chunk(chunk);
    } else {
      s.reader.requests.push(req);
      callPullIfNeeded(c);
    }
  };
  c.cancelSteps = (reason) => {
    resetQueue(c);
    const result = c.cancelAlgorithm ? c.cancelAlgorithm(reason) : Promise.resolve();
    clearAlgorithms(c);
    return result;
  };
  c.releaseSteps = () => {};
  controller[kState] = c;
  s.c = c;
  let startResult;
  try {
    startResult = start();
  } catch (err) {
    // A throwing start() makes the constructor throw.
    throw err;
  }
  Promise.resolve(startResult).then(() => {
    c.started = true;
    callPullIfNeeded(c);
  }, (e) => controllerError(c, e));
}

function setupDefaultControllerFromSource(stream, source, hwm, size) {
  const controller = new ReadableStreamDefaultController(kCreate);
  const start = source.start;
  const pull = source.pull;
  const cancel = source.cancel;
  setupDefaultController(stream, controller,
    () => (start === undefined ? undefined : start.call(source, controller)),
    () => promiseCall(pull, source, controller),
    (reason) => promiseCall(cancel, source, reason),
    hwm, size);
}

// Builds a default-controller stream from plain algorithms (used by tee, from, adapters).
function createStreamFromAlgorithms(start, pull, cancel, hwm = 1, size = () => 1) {
  const stream = createReadableStream();
  const controller = new ReadableStreamDefaultController(kCreate);
  setupDefaultController(stream, controller, () => start(controller), () => pull(controller),
    cancel, hwm, size);
  return { stream, controller };
}

// ---- default reader ----------------------------------------------------------------------------
function readerInit(reader, stream, kind) {
  const s = stream[kState];
  if (s.reader !== undefined) throw invalidState('ReadableStream is locked');
  const r = { kind, stream: s, requests: [], closed: undefined, reader };
  if (s.state === 'readable') r.closed = deferred();
  else if (s.state === 'closed') r.closed = settledDeferred();
  else r.closed = settledDeferred(s.storedError);
  s.reader = r;
  reader[kState] = r;
}

function readerRelease(r) {
  const s = r.stream;
  s.c.releaseSteps();
  const err = new TypeError('Reader was released');
  err.code = 'ERR_INVALID_STATE';
  if (s.state === 'readable') rejectD(r.closed, err);
  else r.closed = settledDeferred(err);
  s.reader = undefined;
  r.stream = undefined;
  for (const req of r.requests.splice(0)) req.error(err);
}

function readerGenericCancel(r, reason) {
  return readableStreamCancel(r.stream, reason);
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!(stream instanceof ReadableStream) || !stream[kState]) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    readerInit(this, stream, 'default');
  }

  read() {
    let r;
    try { r = brand(this, ReadableStreamDefaultReader, 'ReadableStreamDefaultReader'); } catch (e) { return Promise.reject(e); }
    if (r.stream === undefined) return Promise.reject(invalidState('The reader is not attached to a stream'));
    const d = deferred();
    defaultReaderRead(r, {
      chunk: (value) => d.resolve({ value, done: false }),
      close: () => d.resolve({ value: undefined, done: true }),
      error: (e) => d.reject(e),
    });
    return d.promise;
  }

  releaseLock() {
    const r = brand(this, ReadableStreamDefaultReader, 'ReadableStreamDefaultReader');
    if (r.stream !== undefined) readerRelease(r);
  }

  get closed() {
    try { return brand(this, ReadableStreamDefaultReader, 'ReadableStreamDefaultReader').closed.promise; } catch (e) { return Promise.reject(e); }
  }

  cancel(reason = undefined) {
    let r;
    try { r = brand(this, ReadableStreamDefaultReader, 'ReadableStreamDefaultReader'); } catch (e) { return Promise.reject(e); }
    if (r.stream === undefined) return Promise.reject(invalidState('The reader is not attached to a stream'));
    return readerGenericCancel(r, reason);
  }
}
Object.defineProperty(ReadableStreamDefaultReader.prototype, Symbol.toStringTag, {
  value: 'ReadableStreamDefaultReader', configurable: true,
});

function defaultReaderRead(r, req) {
  const s = r.stream;
  s.disturbed = true;
  if (s.state === 'closed') req.close();
  else if (s.state === 'errored') req.error(s.storedError);
  else s.c.pullSteps(req);
}

// ---- async iteration ---------------------------------------------------------------------------
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function createAsyncIterator(stream, preventCancel) {
  const reader = new ReadableStreamDefaultReader(stream);
  const r = reader[kState];
  let ongoing;
  let finished = false;
  function nextSteps() {
    if (finished) return Promise.resolve({ value: undefined, done: true });
    const d = deferred();
    defaultReaderRead(r, {
      chunk: (value) => d.resolve({ value, done: false }),
      close: () => {
        finished = true;
        readerRelease(r);
        d.resolve({ value: undefined, done: true });
      },
      error: (e) => {
        finished = true;
        readerRelease(r);
        d.reject(e);
      },
    });
    return d.promise;
  }
  function returnSteps(value) {
    if (finished) return Promise.resolve({ value, done: true });
    finished = true;
    if (!preventCancel) {
      const result = readerGenericCancel(r, value);
      readerRelease(r);
      return result.then(() => ({ value, done: true }));
    }
    readerRelease(r);
    return Promise.resolve({ value, done: true });
  }
  const it = Object.create(AsyncIteratorPrototype, {
    next: {
      value() {
        ongoing = ongoing ? ongoing.then(nextSteps, nextSteps) : nextSteps();
        return ongoing;
      },
      writable: true, configurable: true,
    },
    return: {
      value(v) {
        const after = () => returnSteps(v);
        ongoing = ongoing ? ongoing.then(after, after) : returnSteps(v);
        return ongoing;
      },
      writable: true, configurable: true,
    },
  });
  return it;
}

// ---- tee (default streams) ---------------------------------------------------------------------
function defaultTee(stream) {
  const reader = new ReadableStreamDefaultReader(stream);
  const r = reader[kState];
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = deferred();
  function pull() {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    defaultReaderRead(r, {
      chunk: (chunk) => {
        microtask(() => {
          readAgain = false;
          if (!canceled1) controllerEnqueue(branch1.controller[kState], chunk);
          if (!canceled2) controllerEnqueue(branch2.controller[kState], chunk);
          reading = false;
          if (readAgain) pull();
        });
      },
      close: () => {
        reading = false;
        if (!canceled1) controllerClose(branch1.controller[kState]);
        if (!canceled2) controllerClose(branch2.controller[kState]);
        if (!canceled1 || !canceled2) resolveD(cancelPromise);
      },
      error: () => { reading = false; },
    });
    return Promise.resolve();
  }
  function cancel1(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) resolveD(cancelPromise, readableStreamCancel(stream[kState], [reason1, reason2]));
    return cancelPromise.promise;
  }
  function cancel2(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) resolveD(cancelPromise, readableStreamCancel(stream[kState], [reason1, reason2]));
    return cancelPromise.promise;
  }
  branch1 = createStreamFromAlgorithms(() => {}, pull, cancel1);
  branch2 = createStreamFromAlgorithms(() => {}, pull, cancel2);
  r.closed.promise.catch((e) => {
    controllerError(branch1.controller[kState], e);
    controllerError(branch2.controller[kState], e);
    if (!canceled1 || !canceled2) resolveD(cancelPromise);
  });
  return [branch1.stream, branch2.stream];
}

// ---- ReadableStream.from -----------------------------------------------------------------------
function readableStreamFromIterable(iterable) {
  let iterator;
  let isAsync = true;
  if (iterable != null && typeof iterable[Symbol.asyncIterator] === 'function') {
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable != null && typeof iterable[Symbol.iterator] === 'function') {
    iterator = iterable[Symbol.iterator]();
    isAsync = false;
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable', 'AsyncIterable'], iterable);
  }
  if (!isObjectLike(iterator)) throw new TypeError('The iterator method must return an object');
  const { stream } = createStreamFromAlgorithms(() => {}, async (controller) => {
    const result = isAsync ? await iterator.next() : iterator.next();
    if (!isObjectLike(result)) throw new TypeError('The promise returned by the iterator.next() method must fulfill with an object');
    if (result.done) controllerClose(controller[kState]);
    else controllerEnqueue(controller[kState], isAsync ? result.value : await result.value);
  }, async (reason) => {
    const ret = iterator.return;
    if (ret === undefined) return;
    const result = await ret.call(iterator, reason);
    if (!isObjectLike(result)) throw new TypeError('The promise returned by the iterator.return() method must fulfill with an object');
  }, 0);
  return stream;
}

// Errors a ReadableStream from outside (addAbortSignal, adapters).
function readableStreamControllerError(stream, err) {
  const s = stream[kState];
  if (s.c.kind === 'bytes') require('internal/webstreams/byte').byteControllerError(s.c, err);
  else controllerError(s.c, err);
}

module.exports = {
  ReadableStream, ReadableStreamDefaultController, ReadableStreamDefaultReader,
  kCreate, createReadableStream, createStreamFromAlgorithms, readableStreamClose, readableStreamError,
  readableStreamCancel, fulfillReadRequest, numReadRequests, readerInit, readerRelease, readerGenericCancel,
  defaultReaderRead, controllerClose, controllerEnqueue, controllerError, canCloseOrEnqueue, desiredSize,
  readableStreamControllerError,
};
