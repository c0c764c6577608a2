'use strict';
// Shared pieces of the WHATWG streams: internal slots, promises, queue-with-sizes, strategy
// reading, brand checks, and hooks the Node stream helpers use on web streams.
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_THIS } } = require('internal/errors');

const kState = Symbol('kState');

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject, settled: false };
}

function settledDeferred(err) {
  const d = deferred();
  if (err === undefined) d.resolve();
  else { d.reject(err); d.promise.catch(() => {}); }
  d.settled = true;
  return d;
}

function resolveD(d, v) { if (d && !d.settled) { d.settled = true; d.resolve(v); } }
function rejectD(d, e) {
  if (d && !d.settled) {
    d.settled = true;
    d.promise.catch(() => {});   // nobody may be watching; not an unhandled rejection
    d.reject(e);
  }
}

// Invokes an optional method of an underlying source/sink, always returning a promise.
function promiseCall(fn, thisArg, ...args) {
  if (fn === undefined) return Promise.resolve();
  try {
    return Promise.resolve(fn.apply(thisArg, args));
  } catch (err) {
    return Promise.reject(err);
  }
}

function invalidState(msg) {
  const err = new ERR_INVALID_STATE(msg);
  // Node raises these as TypeErrors from web streams.
  Object.setPrototypeOf(err, TypeError.prototype);
  err.name = 'TypeError';
  return err;
}

function brand(obj, Class, name) {
  if (obj == null || typeof obj !== 'object' || !obj[kState] || !(obj instanceof Class)) {
    throw new ERR_INVALID_THIS(name);
  }
  return obj[kState];
}

// Queue with sizes (spec: DequeueValue/EnqueueValueWithSize/PeekQueueValue/ResetQueue).
function enqueueValueWithSize(c, value, size) {
  size = Number(size);
  if (Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new RangeError('Invalid size: the size must be a finite, non-negative number');
  }
  c.queue.push({ value, size });
  c.queueTotalSize += size;
}
function dequeueValue(c) {
  const { value, size } = c.queue.shift();
  c.queueTotalSize = Math.max(0, c.queueTotalSize - size);
  return value;
}
function resetQueue(c) {
  c.queue = [];
  c.queueTotalSize = 0;
}

function extractHighWaterMark(strategy, defaultHWM) {
  if (strategy === undefined || strategy.highWaterMark === undefined) return defaultHWM;
  const hwm = Number(strategy.highWaterMark);
  if (Number.isNaN(hwm) || hwm < 0) {
    // Node: ERR_INVALID_ARG_VALUE, but as a RangeError.
    const err = new ERR_INVALID_ARG_VALUE('strategy.highWaterMark', strategy.highWaterMark);
    Object.setPrototypeOf(err, RangeError.prototype);
    throw err;
  }
  return hwm;
}

function extractSizeAlgorithm(strategy) {
  if (strategy === undefined || strategy.size === undefined) return () => 1;
  const size = strategy.size;
  if (typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return (chunk) => size(chunk);
}

function isObjectLike(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

// For stream.finished() on a web stream: settles when the stream closes or errors.
function whenSettled(stream) {
  const s = stream[kState];
  if (!s) return Promise.resolve();
  if (s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return Promise.reject(s.storedError);
  if (!s.watchers) s.watchers = [];
  const d = deferred();
  s.watchers.push(d);
  return d.promise;
}
function notifyWatchers(s) {
  if (!s.watchers) return;
  for (const d of s.watchers.splice(0)) {
    if (s.state === 'errored') rejectD(d, s.storedError);
    else resolveD(d);
  }
}

// addAbortSignal on web streams.
function errorReadable(stream, err) {
  require('internal/webstreams/readable').readableStreamControllerError(stream, err);
}
function errorWritable(stream, err) {
  require('internal/webstreams/writable').writableStreamAbort(stream, err).catch(() => {});
}

module.exports = {
  kState, deferred, settledDeferred, resolveD, rejectD, promiseCall, invalidState, brand,
  enqueueValueWithSize, dequeueValue, resetQueue, extractHighWaterMark, extractSizeAlgorithm,
  isObjectLike, whenSettled, notifyWatchers, errorReadable, errorWritable,
};
