'use strict';
// Timeout and Immediate objects over core's event loop. The loop owns the timer heap and the
// immediate queue and calls obj[core.kFire]() when one is due; this file gives them Node's
// object shapes, delay coercion, ref counting, refresh and numeric ids.

const core = require('internal/core');
const lb = core.binding;
const { validateFunction } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const TIMEOUT_MAX = 2 ** 31 - 1;

const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const kAsyncId = Symbol('asyncId');
const kTriggerId = Symbol('triggerId');

// Ref'd Timeouts not yet done and ref'd Immediates not yet run, for getActiveResourcesInfo().
// A Timeout stays counted while its callback runs, as in Node.
let activeTimeouts = 0;
let activeImmediates = 0;


// Timers whose numeric id was taken (via Symbol.toPrimitive), so clearTimeout(id) finds them.
const knownTimersById = new Map();
let nextId = 2;

let warnedNegative = false;
let warnedNaN = false;

function warn(message, type) {
  const proc = core.requireBuiltin('process');
  proc.emitWarning(`${message}\nTimeout duration was set to 1.`, type);
}

/** Node's coercion: anything but a number in [1, 2^31-1] becomes 1 (with a warning for some). */
function coerceDelay(after) {
  const given = after;
  after *= 1;
  if (after >= 1 && after <= TIMEOUT_MAX) return after;
  if (after > TIMEOUT_MAX) {
    warn(`${after} does not fit into a 32-bit signed integer.`, 'TimeoutOverflowWarning');
  } else if (after < 0) {
    if (!warnedNegative) {
      warnedNegative = true;
      warn(`${after} is a negative number.`, 'TimeoutNegativeWarning');
    }
  } else if (after !== after && given !== undefined && !warnedNaN) {
    warnedNaN = true;
    warn(`${after} is not a number.`, 'TimeoutNaNWarning');
  }
  return 1;
}

/** The loop's clock read now (Node schedules from the current time, not the iteration's). */
function freshNow() {
  return Math.floor(lb.hrNow());
}

// The loop's record, and whether it is armed and counted, are private fields: invisible to
// inspect and Reflect.ownKeys as Node's internals are, and cheap to make (three
// Object.defineProperty calls per timer cost GraalJS ~400 ns; docs/performance-sessions.md).
let arm;        // (timer, msecs, start = now if absent): arms it to fire msecs after start (loop clock ms)
let disarm;     // (timer)
let recountTimeout;
let fireTimeout;  // (timer): the loop found it due and took it off its heap

class Timeout {
  #handle;
  #active = false;   // armed in the loop's heap
  #counted = false;  // counted in activeTimeouts

  static {
    arm = (timer, msecs, start) => {
      timer.#active = true;
      // One list per duration in the loop, as in Node; the binding rounds a fractional delay up.
      if (start === undefined) {
        timer._idleStart = lb.startTimer(timer.#handle, msecs);   // from now: one host call
      } else {
        timer._idleStart = start;
        lb.startTimerAt(timer.#handle, msecs, start);
      }
      recountTimeout(timer);
    };
    disarm = (timer) => {
      if (timer.#active) {
        timer.#active = false;
        lb.stopTimer(timer.#handle);
      }
    };
    fireTimeout = (timer) => {
      timer.#active = false;
      timer.#fire();
    };
    recountTimeout = (timer) => {
      const live = timer[kRefed] === true && !timer._destroyed;
      if (live !== timer.#counted) {
        timer.#counted = live;
        activeTimeouts += live ? 1 : -1;
      }
    };
  }

  constructor(callback, after, args, isRepeat, isRefed) {
    after = coerceDelay(after);
    this._idleTimeout = after;
    this._idlePrev = null;
    this._idleNext = null;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this.#handle = lb.newTimer(this);
    this[kRefed] = isRefed;
    if (!isRefed) lb.refTimer(this.#handle, false);
    this[kHasPrimitive] = false;
    this[kAsyncId] = nextId++;
    this[kTriggerId] = 1;
  }

  refresh() {
    const msecs = this._idleTimeout;
    if (msecs === undefined || msecs < 0) return this;   // cleared: nothing to re-arm
    this._destroyed = false;
    arm(this, msecs);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      lb.refTimer(this.#handle, false);
      recountTimeout(this);
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      lb.refTimer(this.#handle, true);
      recountTimeout(this);
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[kAsyncId];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById.set(id, this);
    }
    return id;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }

  #fire() {
    if (!this._onTimeout) {   // its callback was removed (_onTimeout = null): done, as in Node
      if (!this._destroyed) destroy(this);
      return;
    }
    const start = this._repeat ? freshNow() : undefined;
    try {
      const args = this._timerArgs;
      if (args === undefined) this._onTimeout();
      else Reflect.apply(this._onTimeout, this, args);
    } finally {
      if (this._repeat && this._idleTimeout !== -1) {
        this._idleTimeout = this._repeat;
        if (!this.#active) arm(this, this._idleTimeout, start);
      } else if (!this.#active && !this._destroyed) {
        destroy(this);
      }
    }
  }
}

Object.defineProperty(Timeout.prototype, core.kFire, {
  value: function fire() { fireTimeout(this); },
});

function destroy(timer) {
  timer._destroyed = true;
  recountTimeout(timer);
  if (timer[kHasPrimitive]) knownTimersById.delete(timer[kAsyncId]);
}

function unenroll(timer) {
  if (timer._destroyed) {
    disarm(timer);
    timer._idleTimeout = -1;
    return;
  }
  disarm(timer);
  destroy(timer);
  timer._idleTimeout = -1;
}

// ---- Immediate ---------------------------------------------------------------------------

let recountImmediate;
let immediateHandle;

class Immediate {
  #handle;
  #counted = false;  // counted in activeImmediates

  static {
    recountImmediate = (immediate) => {
      const live = immediate[kRefed] === true && !immediate._destroyed;
      if (live !== immediate.#counted) {
        immediate.#counted = live;
        activeImmediates += live ? 1 : -1;
      }
    };
    immediateHandle = (immediate) => immediate.#handle;
  }

  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    this.#handle = lb.addImmediate(this);
    recountImmediate(this);
    this[kAsyncId] = nextId++;
    this[kTriggerId] = 1;
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      lb.refImmediate(this.#handle, true);
      recountImmediate(this);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      lb.refImmediate(this.#handle, false);
      recountImmediate(this);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

Object.defineProperty(Immediate.prototype, core.kFire, {
  value: function fireImmediate() {
    if (this._destroyed) return;
    this._destroyed = true;
    this[kRefed] = null;
    recountImmediate(this);
    const argv = this._argv;
    if (argv === undefined) this._onImmediate();
    else this._onImmediate(...argv);
  },
});

// ---- the public functions ----------------------------------------------------------------

function restArgs(all, from) {
  if (all.length <= from) return undefined;
  return Array.prototype.slice.call(all, from);
}

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, after, restArgs(arguments, 2), false, true);
  arm(timeout, timeout._idleTimeout);
  return timeout;
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, repeat, restArgs(arguments, 2), true, true);
  arm(timeout, timeout._idleTimeout);
  return timeout;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    if (timer instanceof Timeout) unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = knownTimersById.get(Number(timer));
    if (t !== undefined) {
      t._idleTimeout = -1;
      unenroll(t);
    }
  }
}

function clearInterval(timer) {
  // Interchangeable with clearTimeout, as in browsers and Node.
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, restArgs(arguments, 1));
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed || !(immediate instanceof Immediate)) return;
  immediate._destroyed = true;
  immediate[kRefed] = null;
  recountImmediate(immediate);
  immediate._onImmediate = null;
  lb.clearImmediate(immediateHandle(immediate));
}

// ---- queueMicrotask ----------------------------------------------------------------------

const resolved = Promise.resolve();
const promiseThen = Promise.prototype.then;

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  Reflect.apply(promiseThen, resolved, [() => {
    try {
      callback();
    } catch (err) {
      // An exception from a microtask is an uncaught exception, not a rejection, and Node
      // reports it at once, before the next microtask runs.
      core.reportUncaught(err);
    }
  }]);
}

/** [ref'd Timeouts, ref'd Immediates] still to come (process.getActiveResourcesInfo). */
function activeCounts() {
  return [activeTimeouts, activeImmediates];
}

module.exports = {
  Timeout, Immediate, TIMEOUT_MAX, kRefed, activeCounts,
  setTimeout, setInterval, clearTimeout, clearInterval, setImmediate, clearImmediate,
  queueMicrotask, arm,
};
