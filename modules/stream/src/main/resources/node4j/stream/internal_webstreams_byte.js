'use strict';
// Readable byte streams: ReadableByteStreamController, ReadableStreamBYOBReader and
// ReadableStreamBYOBRequest (Streams standard, the common paths: enqueue, BYOB reads with
// respond/respondWithNewView, autoAllocateChunkSize, close with pending reads).
const { kState, deferred, promiseCall, invalidState, brand } = require('internal/webstreams/util');
const R = require('internal/webstreams/readable');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');

// Not the global queueMicrotask: user code may replace it.
const microtask = (fn) => { Promise.resolve().then(fn); };

const kCreate = Symbol('kCreate');

class ReadableByteStreamController {
  constructor(key) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get byobRequest() {
    const c = brand(this, ReadableByteStreamController, 'ReadableByteStreamController');
    if (c.byobRequest === null && c.pending.length > 0) {
      const p = c.pending[0];
      const view = new Uint8Array(p.buffer, p.byteOffset + p.bytesFilled, p.byteLength - p.bytesFilled);
      const req = new ReadableStreamBYOBRequest(kCreate);
      req[kState] = { c, view };
      c.byobRequest = req;
    }
    return c.byobRequest;
  }

  get desiredSize() { return desiredSize(brand(this, ReadableByteStreamController, 'ReadableByteStreamController')); }

  close() {
    const c = brand(this, ReadableByteStreamController, 'ReadableByteStreamController');
    if (c.closeRequested || c.stream.state !== 'readable') throw invalidState('Controller is already closed');
    byteControllerClose(c);
  }

  enqueue(chunk) {
    const c = brand(this, ReadableByteStreamController, 'ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) throw new ERR_INVALID_ARG_TYPE('chunk', ['ArrayBufferView'], chunk);
    if (chunk.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('chunk', chunk, 'cannot be zero length');
    if (c.closeRequested || c.stream.state !== 'readable') throw invalidState('Controller is already closed');
    byteControllerEnqueue(c, chunk);
  }

  error(e = undefined) {
    byteControllerError(brand(this, ReadableByteStreamController, 'ReadableByteStreamController'), e);
  }
}
Object.defineProperty(ReadableByteStreamController.prototype, Symbol.toStringTag, {
  value: 'ReadableByteStreamController', configurable: true,
});

class ReadableStreamBYOBRequest {
  constructor(key) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get view() { return brand(this, ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest').view; }

  respond(bytesWritten) {
    const st = brand(this, ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest');
    if (st.c === undefined) throw invalidState('This BYOB request has been invalidated');
    respond(st.c, Number(bytesWritten));
  }

  respondWithNewView(view) {
    const st = brand(this, ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest');
    if (!ArrayBuffer.isView(view)) throw new ERR_INVALID_ARG_TYPE('view', 'ArrayBufferView', view);
    if (st.c === undefined) throw invalidState('This BYOB request has been invalidated');
    const p = st.c.pending[0];
    if (view.buffer !== p.buffer) {
      // The view may be over a transferred buffer; copy its bytes back.
      new Uint8Array(p.buffer, p.byteOffset + p.bytesFilled, view.byteLength)
        .set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
    }
    respond(st.c, view.byteLength);
  }
}
Object.defineProperty(ReadableStreamBYOBRequest.prototype, Symbol.toStringTag, {
  value: 'ReadableStreamBYOBRequest', configurable: true,
});

function desiredSize(c) {
  const state = c.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.hwm - c.queueTotalSize;
}

function invalidateByobRequest(c) {
  if (c.byobRequest === null) return;
  c.byobRequest[kState].c = undefined;
  c.byobRequest = null;
}

function byteControllerError(c, e) {
  if (c.stream.state !== 'readable') return;
  invalidateByobRequest(c);
  c.pending = [];
  c.queue = [];
  c.queueTotalSize = 0;
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  R.readableStreamError(c.stream, e);
}

function byteControllerClose(c) {
  if (c.closeRequested || c.stream.state !== 'readable') return;
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pending.length > 0 && c.pending[0].bytesFilled % c.pending[0].elementSize !== 0) {
    const e = new TypeError('Insufficient bytes to fill elements in the given buffer');
    byteControllerError(c, e);
    throw e;
  }
  c.closeRequested = true;
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  R.readableStreamClose(c.stream);
  // Pending BYOB reads complete with done and an empty view.
  const r = c.stream.reader;
  if (r === undefined || r.kind !== 'byob') return;
  for (const req of r.requests.splice(0)) {
    const p = c.pending.shift();
    req.close(p ? new p.ctor(p.buffer, p.byteOffset, 0) : undefined);
  }
}

function byteControllerEnqueue(c, chunk) {
  const s = c.stream;
  const bytes = new Uint8Array(chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength));
  invalidateByobRequest(c);
  const r = s.reader;
  if (r !== undefined && r.kind === 'default' && r.requests.length > 0) {
    if (c.pending.length > 0 && c.pending[0].readerType === 'none') c.pending.shift();
    R.fulfillReadRequest(s, bytes, false);
  } else {
    c.queue.push(bytes);
    c.queueTotalSize += bytes.byteLength;
    if (r !== undefined && r.kind === 'byob') processPending(c);
  }
  callPullIfNeeded(c);
}

// Moves queued bytes into pending BYOB reads and completes those that are full enough.
function processPending(c) {
  const r = c.stream.reader;
  while (c.pending.length > 0 && c.queueTotalSize > 0 && r && r.kind === 'byob' && r.requests.length > 0) {
    const p = c.pending[0];
    fillFromQueue(c, p);
    if (p.bytesFilled >= p.elementSize) {
      c.pending.shift();
      commit(c, p);
    } else {
      break;
    }
  }
}

function fillFromQueue(c, p) {
  const target = new Uint8Array(p.buffer, p.byteOffset, p.byteLength);
  while (c.queue.length > 0 && p.bytesFilled < p.byteLength) {
    const head = c.queue[0];
    const n = Math.min(head.byteLength, p.byteLength - p.bytesFilled);
    target.set(head.subarray(0, n), p.bytesFilled);
    p.bytesFilled += n;
    c.queueTotalSize -= n;
    if (n === head.byteLength) c.queue.shift();
    else c.queue[0] = head.subarray(n);
  }
  if (c.closeRequested && c.queueTotalSize === 0) {
    c.closeRequested = false;
    microtask(() => byteControllerClose(c));
  }
}

function commit(c, p) {
  const r = c.stream.reader;
  const usable = p.bytesFilled - (p.bytesFilled % p.elementSize);
  const view = new p.ctor(p.buffer, p.byteOffset, usable / p.elementSize);
  if (r === undefined) return;
  const req = r.requests.shift();
  if (!req) return;
  if (r.kind === 'byob') req.chunk(view);
  else req.chunk(new Uint8Array(p.buffer, p.byteOffset, usable));
}

function respond(c, bytesWritten) {
  const p = c.pending[0];
  if (c.stream.state === 'closed') {
    if (bytesWritten !== 0) throw new TypeError('bytesWritten must be 0 when calling respond() on a closed stream');
  } else if (!(bytesWritten > 0) || p.bytesFilled + bytesWritten > p.byteLength) {
    const err = new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    Object.setPrototypeOf(err, RangeError.prototype);
    throw err;
  }
  invalidateByobRequest(c);
  if (c.stream.state === 'closed') {
    const r = c.stream.reader;
    c.pending.shift();
    if (r && r.requests.length) r.requests.shift().close(new p.ctor(p.buffer, p.byteOffset, 0));
  } else {
    p.bytesFilled += bytesWritten;
    if (p.bytesFilled >= p.elementSize) {
      c.pending.shift();
      const rest = p.bytesFilled % p.elementSize;
      if (rest > 0) {
        const end = p.byteOffset + p.bytesFilled;
        const tail = new Uint8Array(p.buffer.slice(end - rest, end));
        c.queue.unshift(tail);
        c.queueTotalSize += rest;
      }
      commit(c, p);
      processPending(c);
    }
  }
  callPullIfNeeded(c);
}

function shouldCallPull(c) {
  const s = c.stream;
  if (s.state !== 'readable' || c.closeRequested || !c.started) return false;
  const r = s.reader;
  if (r !== undefined && r.requests.length > 0) return true;
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
  }, (e) => byteControllerError(c, e));
}

function setupByteControllerFromSource(stream, source, hwm) {
  const s = stream[kState];
  const controller = new ReadableByteStreamController(kCreate);
  let autoAllocate = source.autoAllocateChunkSize;
  if (autoAllocate !== undefined) {
    autoAllocate = Number(autoAllocate);
    if (!Number.isInteger(autoAllocate) || autoAllocate <= 0) {
      throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
  }
  const c = {
    kind: 'bytes', controller, stream: s, queue: [], queueTotalSize: 0, pending: [], byobRequest: null,
    started: false, closeRequested: false, pulling: false, pullAgain: false, hwm, autoAllocate,
    pullAlgorithm: () => promiseCall(source.pull, source, controller),
    cancelAlgorithm: (reason) => promiseCall(source.cancel, source, reason),
  };
  c.pullSteps = (req) => {
    if (c.queueTotalSize > 0) {
      const head = c.queue.shift();
      c.queueTotalSize -= head.byteLength;
      if (c.closeRequested && c.queueTotalSize === 0) {
        c.closeRequested = false;
        byteControllerClose(c);
      } else {
        callPullIfNeeded(c);
      }
      req.chunk(head);
      return;
    }
    if (c.autoAllocate !== undefined) {
      const buffer = new ArrayBuffer(c.autoAllocate);
      c.pending.push({ buffer, byteOffset: 0, byteLength: c.autoAllocate, bytesFilled: 0, elementSize: 1,
        ctor: Uint8Array, readerType: 'default' });
    }
    s.reader.requests.push(req);
    callPullIfNeeded(c);
  };
  c.cancelSteps = (reason) => {
    invalidateByobRequest(c);
    c.pending = [];
    c.queue = [];
    c.queueTotalSize = 0;
    const result = c.cancelAlgorithm ? c.cancelAlgorithm(reason) : Promise.resolve();
    c.pullAlgorithm = undefined;
    c.cancelAlgorithm = undefined;
    return result;
  };
  c.releaseSteps = () => {
    if (c.pending.length > 0) c.pending = [c.pending[0]].map((p) => ({ ...p, readerType: 'none' })).slice(0, 0);
  };
  controller[kState] = c;
  s.c = c;
  const startResult = source.start === undefined ? undefined : source.start.call(source, controller);
  Promise.resolve(startResult).then(() => {
    c.started = true;
    callPullIfNeeded(c);
  }, (e) => byteControllerError(c, e));
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!(stream instanceof R.ReadableStream) || !stream[kState]) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    if (stream[kState].c.kind !== 'bytes') {
      throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    R.readerInit(this, stream, 'byob');
  }

  read(view, options = {}) {
    let r;
    try { r = brand(this, ReadableStreamBYOBReader, 'ReadableStreamBYOBReader'); } catch (e) { return Promise.reject(e); }
    if (!ArrayBuffer.isView(view)) return Promise.reject(new ERR_INVALID_ARG_TYPE('view', 'ArrayBufferView', view));
    if (view.byteLength === 0) return Promise.reject(new ERR_INVALID_ARG_VALUE('view', view, 'cannot be zero length'));
    if (r.stream === undefined) return Promise.reject(invalidState('The reader is not attached to a stream'));
    const min = options && options.min !== undefined ? Number(options.min) : 1;
    const d = deferred();
    const s = r.stream;
    s.disturbed = true;
    const req = {
      chunk: (v) => d.resolve({ value: v, done: false }),
      close: (v) => d.resolve({ value: v, done: true }),
      error: (e) => d.reject(e),
    };
    if (s.state === 'errored') {
      req.error(s.storedError);
      return d.promise;
    }
    const c = s.c;
    const ctor = view.constructor;
    const elementSize = ctor.BYTES_PER_ELEMENT || 1;
    const p = { buffer: view.buffer, byteOffset: view.byteOffset, byteLength: view.byteLength, bytesFilled: 0,
      elementSize: elementSize * Math.max(1, min), ctor, readerType: 'byob' };
    p.elementSize = elementSize;
    if (s.state === 'closed') {
      req.close(new ctor(view.buffer, view.byteOffset, 0));
      return d.promise;
    }
    r.requests.push(req);
    c.pending.push(p);
    if (c.queueTotalSize > 0) processPending(c);
    if (r.requests.includes(req) && c.closeRequested === false) callPullIfNeeded(c);
    return d.promise;
  }

  releaseLock() {
    const r = brand(this, ReadableStreamBYOBReader, 'ReadableStreamBYOBReader');
    if (r.stream !== undefined) R.readerRelease(r);
  }

  get closed() {
    try { return brand(this, ReadableStreamBYOBReader, 'ReadableStreamBYOBReader').closed.promise; } catch (e) { return Promise.reject(e); }
  }

  cancel(reason = undefined) {
    let r;
    try { r = brand(this, ReadableStreamBYOBReader, 'ReadableStreamBYOBReader'); } catch (e) { return Promise.reject(e); }
    if (r.stream === undefined) return Promise.reject(invalidState('The reader is not attached to a stream'));
    return R.readerGenericCancel(r, reason);
  }
}
Object.defineProperty(ReadableStreamBYOBReader.prototype, Symbol.toStringTag, {
  value: 'ReadableStreamBYOBReader', configurable: true,
});

// tee() of a byte stream: two byte streams fed with copies of every chunk.
function byteTee(stream) {
  const reader = stream.getReader();
  let pulling = false;
  let canceled = 0;
  const reasons = [];
  const branches = [];
  const cancelDone = deferred();
  function pull() {
    if (pulling) return Promise.resolve();
    pulling = true;
    return reader.read().then(({ value, done }) => {
      pulling = false;
      for (const b of branches) {
        const bc = b[kState].c;
        if (b.canceled) continue;
        if (done) byteControllerClose(bc);
        else byteControllerEnqueue(bc, value.slice());
      }
    }, () => { pulling = false; });
  }
  for (let i = 0; i < 2; i++) {
    const branch = new R.ReadableStream({
      type: 'bytes',
      pull,
      cancel(reason) {
        branch.canceled = true;
        reasons[i] = reason;
        if (++canceled === 2) cancelDone.resolve(reader.cancel(reasons));
        return cancelDone.promise;
      },
    });
    branches.push(branch);
  }
  reader.closed.catch((e) => {
    for (const b of branches) byteControllerError(b[kState].c, e);
  });
  return branches;
}

module.exports = {
  ReadableByteStreamController, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  setupByteControllerFromSource, byteControllerError, byteTee,
};
