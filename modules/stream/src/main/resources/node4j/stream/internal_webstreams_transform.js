'use strict';
// WHATWG TransformStream and its controller, from the Streams standard.
const { kState, deferred, resolveD, promiseCall, invalidState, brand, extractHighWaterMark, extractSizeAlgorithm } =
  require('internal/webstreams/util');
const R = require('internal/webstreams/readable');
const W = require('internal/webstreams/writable');
const { kIsWebTransform } = require('internal/streams/utils');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_VALUE } } = require('internal/errors');

const kCreate = Symbol('kCreate');

class TransformStream {
  constructor(transformer = null, writableStrategy = {}, readableStrategy = {}) {
    if (transformer === undefined) transformer = null;
    if (transformer && transformer.readableType !== undefined) {
      throw rangeArg('transformer.readableType', transformer.readableType);
    }
    if (transformer && transformer.writableType !== undefined) {
      throw rangeArg('transformer.writableType', transformer.writableType);
    }
    const readableHWM = extractHighWaterMark(readableStrategy, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy);
    const writableHWM = extractHighWaterMark(writableStrategy, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy);
    const start = deferred();
    const t = initialize(this, start.promise, writableHWM, writableSize, readableHWM, readableSize);
    const controller = new TransformStreamDefaultController(kCreate);
    const tr = transformer || {};
    setupController(t, controller,
      tr.transform === undefined
        ? (chunk) => { try { enqueue(t.c, chunk); return Promise.resolve(); } catch (e) { return Promise.reject(e); } }
        : (chunk) => promiseCall(tr.transform, tr, chunk, controller),
      (() => promiseCall(tr.flush, tr, controller)),
      ((reason) => promiseCall(tr.cancel, tr, reason)));
    try {
      resolveD(start, tr.start === undefined ? undefined : tr.start.call(tr, controller));
    } catch (err) {
      start.reject(err);
      throw err;
    }
  }

  get readable() { return brand(this, TransformStream, 'TransformStream').readable; }
  get writable() { return brand(this, TransformStream, 'TransformStream').writable; }
}
Object.defineProperty(TransformStream.prototype, kIsWebTransform, { value: true });
Object.defineProperty(TransformStream.prototype, Symbol.toStringTag, { value: 'TransformStream', configurable: true });

function initialize(stream, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  const t = { stream, backpressure: undefined, backpressureChange: undefined, c: undefined };
  stream[kState] = t;
  t.writable = W.createWritableStream(() => startPromise,
    (chunk) => sinkWrite(t, chunk),
    () => sinkClose(t),
    (reason) => sinkAbort(t, reason),
    writableHWM, writableSize);
  t.readable = R.createStreamFromAlgorithms(() => startPromise,
    () => sourcePull(t),
    (reason) => sourceCancel(t, reason),
    readableHWM, readableSize).stream;
  setBackpressure(t, true);
  return t;
}

function rController(t) { return t.readable[kState].c; }

function errorStream(t, e) {
  R.controllerError(rController(t), e);
  errorWritableAndUnblockWrite(t, e);
}

function errorWritableAndUnblockWrite(t, e) {
  clearAlgorithms(t.c);
  W.controllerErrorIfNeeded(t.writable[kState].c, e);
  unblockWrite(t);
}

function unblockWrite(t) {
  if (t.backpressure) setBackpressure(t, false);
}

function setBackpressure(t, backpressure) {
  if (t.backpressureChange !== undefined) resolveD(t.backpressureChange);
  t.backpressureChange = deferred();
  t.backpressure = backpressure;
}

class TransformStreamDefaultController {
  constructor(key) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    const c = brand(this, TransformStreamDefaultController, 'TransformStreamDefaultController');
    return R.desiredSize(rController(c.stream));
  }

  enqueue(chunk = undefined) {
    enqueue(brand(this, TransformStreamDefaultController, 'TransformStreamDefaultController'), chunk);
  }

  error(reason = undefined) {
    errorStream(brand(this, TransformStreamDefaultController, 'TransformStreamDefaultController').stream, reason);
  }

  terminate() {
    terminate(brand(this, TransformStreamDefaultController, 'TransformStreamDefaultController').stream);
  }
}
Object.defineProperty(TransformStreamDefaultController.prototype, Symbol.toStringTag, {
  value: 'TransformStreamDefaultController', configurable: true,
});

function setupController(t, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
  const c = { stream: t, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm, finish: undefined };
  controller[kState] = c;
  t.c = c;
}

function clearAlgorithms(c) {
  c.transformAlgorithm = undefined;
  c.flushAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function enqueue(c, chunk) {
  const t = c.stream;
  const rc = rController(t);
  if (!R.canCloseOrEnqueue(rc)) throw invalidState('Unable to enqueue');
  try {
    R.controllerEnqueue(rc, chunk);
  } catch (err) {
    errorWritableAndUnblockWrite(t, err);
    throw t.readable[kState].storedError;
  }
  const backpressure = !(R.desiredSize(rc) > 0);
  if (backpressure !== t.backpressure) setBackpressure(t, true);
}

function terminate(t) {
  R.controllerClose(rController(t));
  errorWritableAndUnblockWrite(t, new TypeError('TransformStream terminated'));
}

function performTransform(c, chunk) {
  return c.transformAlgorithm(chunk).then(undefined, (r) => {
    errorStream(c.stream, r);
    throw r;
  });
}

function sinkWrite(t, chunk) {
  const c = t.c;
  if (t.backpressure) {
    return t.backpressureChange.promise.then(() => {
      const ws = t.writable[kState];
      if (ws.state === 'erroring') throw ws.storedError;
      return performTransform(c, chunk);
    });
  }
  return performTransform(c, chunk);
}

function sinkAbort(t, reason) {
  const c = t.c;
  if (c.finish !== undefined) return c.finish.promise;
  const rs = t.readable[kState];
  c.finish = deferred();
  const p = c.cancelAlgorithm(reason);
  clearAlgorithms(c);
  p.then(() => {
    if (rs.state === 'errored') c.finish.reject(rs.storedError);
    else {
      R.controllerError(rController(t), reason);
      resolveD(c.finish);
    }
  }, (r) => {
    R.controllerError(rController(t), r);
    c.finish.reject(r);
  });
  return c.finish.promise;
}

function sinkClose(t) {
  const c = t.c;
  if (c.finish !== undefined) return c.finish.promise;
  const rs = t.readable[kState];
  c.finish = deferred();
  const p = c.flushAlgorithm();
  clearAlgorithms(c);
  p.then(() => {
    if (rs.state === 'errored') c.finish.reject(rs.storedError);
    else {
      R.controllerClose(rController(t));
      resolveD(c.finish);
    }
  }, (r) => {
    R.controllerError(rController(t), r);
    c.finish.reject(r);
  });
  return c.finish.promise;
}

function sourcePull(t) {
  setBackpressure(t, false);
  return t.backpressureChange.promise;
}

function sourceCancel(t, reason) {
  const c = t.c;
  if (c.finish !== undefined) return c.finish.promise;
  const ws = t.writable[kState];
  c.finish = deferred();
  const p = c.cancelAlgorithm(reason);
  clearAlgorithms(c);
  p.then(() => {
    if (ws.state === 'errored') c.finish.reject(ws.storedError);
    else {
      W.controllerErrorIfNeeded(ws.c, reason);
      unblockWrite(t);
      resolveD(c.finish);
    }
  }, (r) => {
    W.controllerErrorIfNeeded(ws.c, r);
    unblockWrite(t);
    c.finish.reject(r);
  });
  return c.finish.promise;
}

module.exports = { TransformStream, TransformStreamDefaultController };

function rangeArg(name, value) {
  const err = new ERR_INVALID_ARG_VALUE(name, value);
  Object.setPrototypeOf(err, RangeError.prototype);
  return err;
}
