'use strict';
// Node's `timers/promises`: promise and async-iterator forms of the timers, cancellable with an
// AbortSignal and optionally unref'd ({ ref: false }).

const t = require('internal/timers');
const { AbortError, codes: { ERR_INVALID_ARG_TYPE, ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } } =
  require('internal/errors');
const { validateBoolean, validateObject, validateAbortSignal } = require('internal/validators');

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

/** Validates { signal, ref }; returns them, or throws the Node error. */
function readOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

/** Runs `schedule(resolve)` -> cancel(), rejecting with AbortError if `signal` fires first. */
function cancellable(signal, schedule) {
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const cancel = schedule((value) => {
      if (onAbort) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (signal) {
      onAbort = () => {
        cancel();
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(after, value, options = {}) {
  let opts;
  try {
    opts = readOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  return cancellable(opts.signal, (done) => {
    const timeout = new t.Timeout(done, after, [value], false, opts.ref);
    t.arm(timeout, timeout._idleTimeout);
    return () => t.clearTimeout(timeout);
  });
}

function setImmediate(value, options = {}) {
  let opts;
  try {
    opts = readOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  return cancellable(opts.signal, (done) => {
    const immediate = new t.Immediate(done, [value]);
    if (!opts.ref) immediate.unref();
    return () => t.clearImmediate(immediate);
  });
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = readOptions(options);
  if (signal && signal.aborted) throw abortError(signal);
  let pending = 0;        // ticks not yet handed out
  let wake;               // resolves the wait of a next() that found no tick
  let onAbort;
  const interval = new t.Timeout(() => {
    pending++;
    if (wake) { const w = wake; wake = undefined; w(); }
  }, after, undefined, true, ref);
  t.arm(interval, interval._idleTimeout);
  try {
    if (signal) {
      onAbort = () => {
        t.clearInterval(interval);
        if (wake) { const w = wake; wake = undefined; w(); }
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
    while (!(signal && signal.aborted)) {
      if (pending === 0) await new Promise((resolve) => { wake = resolve; });
      for (; pending > 0 && !(signal && signal.aborted); pending--) yield value;
    }
    throw abortError(signal);
  } finally {
    t.clearInterval(interval);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

const kScheduler = Symbol('kScheduler');

class Scheduler {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  /** Resolves after the check phase: lets queued I/O and immediates run first. */
  yield() {
    if (!this || this[kScheduler] !== true) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this || this[kScheduler] !== true) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

const scheduler = Object.create(Scheduler.prototype);
Object.defineProperty(scheduler, kScheduler, { value: true });

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
