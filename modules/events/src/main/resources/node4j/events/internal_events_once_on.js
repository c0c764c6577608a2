'use strict';
// events.once(emitter, name) and events.on(emitter, event): waiting for events as a promise and
// as an async iterator, on EventEmitters and EventTargets alike (loaded by events.js on first use).

const {
  codes: { ERR_INVALID_ARG_TYPE }, AbortError,
} = require('internal/errors');
const { validateObject, validateInteger, validateAbortSignal } = require('internal/validators');

const kResistStopPropagation = Symbol.for('node4j.resistStopPropagation');

function abortError(signal) {
  return new AbortError(undefined, { cause: signal == null ? undefined : signal.reason });
}

function agnosticAdd(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags && flags.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function agnosticRemove(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

async function once(emitter, name, options = { __proto__: null }) {
  validateObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw abortError(signal);
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener(name, resolver);
      if (signal != null) agnosticRemove(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) agnosticRemove(signal, 'abort', abortListener);
      resolve(args);
    };
    const opts = { __proto__: null, once: true, [kResistStopPropagation]: true };
    agnosticAdd(emitter, name, resolver, opts);
    if (name !== 'error' && typeof emitter.on === 'function') {
      emitter.once('error', errorListener);
    }
    function abortListener() {
      agnosticRemove(emitter, name, resolver);
      agnosticRemove(emitter, 'error', errorListener);
      reject(abortError(signal));
    }
    if (signal != null) {
      signal.addEventListener('abort', abortListener, { __proto__: null, once: true, [kResistStopPropagation]: true });
    }
  });
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function on(emitter, event, options = { __proto__: null }) {
  validateObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw abortError(signal);
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let paused = false;
  let error = null;
  let finished = false;
  const listening = [];   // [target, name, fn]

  const result = (value, done) => ({ value, done });

  function listen(target, name, fn) {
    agnosticAdd(target, name, fn, undefined);
    listening.push([target, name, fn]);
  }

  function removeAll() {
    while (listening.length > 0) {
      const [target, name, fn] = listening.pop();
      agnosticRemove(target, name, fn);
    }
  }

  function eventHandler(...args) {
    if (unconsumedPromises.length > 0) {
      unconsumedPromises.shift().resolve(result(args, false));
      return;
    }
    unconsumedEvents.push(args);
    if (!paused && unconsumedEvents.length > highWatermark && typeof emitter.pause === 'function') {
      paused = true;
      emitter.pause();
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.length > 0) unconsumedPromises.shift().reject(err);
    else error = err;
    closeHandler();
  }

  function closeHandler() {
    removeAll();
    finished = true;
    const done = result(undefined, true);
    while (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(done);
    return Promise.resolve(done);
  }

  function abortListener() {
    errorHandler(abortError(signal));
  }

  const iterator = Object.setPrototypeOf({
    next() {
      if (unconsumedEvents.length > 0) {
        const value = unconsumedEvents.shift();
        if (paused && unconsumedEvents.length < lowWatermark && typeof emitter.resume === 'function') {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(result(value, false));
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => { unconsumedPromises.push({ resolve, reject }); });
    },
    return() {
      return closeHandler();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);

  listen(emitter, event, eventHandler);
  if (event !== 'error' && typeof emitter.on === 'function') listen(emitter, 'error', errorHandler);
  const closeEvents = options.close;
  if (closeEvents != null && closeEvents.length) {
    for (const name of closeEvents) listen(emitter, name, closeHandler);
  }
  if (signal) {
    signal.addEventListener('abort', abortListener, { __proto__: null, once: true, [kResistStopPropagation]: true });
    listening.push([signal, 'abort', abortListener]);
  }
  return iterator;
}

module.exports = { once, on };
