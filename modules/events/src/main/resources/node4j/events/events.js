'use strict';
// node:events: EventEmitter and its static helpers, written for node4j from Node's documented
// behaviour (doc/api/events.md). events.once/on live in internal/events/once_on and
// EventEmitterAsyncResource in internal/events/async_resource (both loaded on first use); the
// Web classes in internal/event_target and internal/abort_controller.

const errors = require('internal/errors');
const {
  validateBoolean, validateFunction, validateNumber, validateAbortSignal,
} = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNHANDLED_ERROR }, inspectValue } = errors;

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
// EventTarget's listener limit lives under these keys (internal/event_target reads them from here,
// so that EventEmitter does not load EventTarget).
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kResistStopPropagation = Symbol.for('node4j.resistStopPropagation');
// GraalJS has no explicit resource management yet: provide Symbol.dispose/asyncDispose as Node
// did before V8 had them (a well-known-like symbol on Symbol), so `obj[Symbol.dispose]` works.
for (const [name, desc] of [['dispose', 'Symbol.dispose'], ['asyncDispose', 'Symbol.asyncDispose']]) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, { __proto__: null, value: Symbol(desc),
      writable: false, enumerable: false, configurable: false });
  }
}
const kDispose = Symbol.dispose;

function queueMicrotaskCompat(fn) {
  if (typeof globalThis.queueMicrotask === 'function') {
    globalThis.queueMicrotask(fn);
    return;
  }
  Promise.resolve().then(fn).then(undefined, (err) => {
    require('internal/core').nextTick(() => { throw err; });
  });
}

let defaultMaxListeners = 10;

let eventTargetModule;
function et() {
  if (eventTargetModule === undefined) eventTargetModule = require('internal/event_target');
  return eventTargetModule;
}
function isEventTarget(obj) {
  return obj != null && typeof obj === 'object' && et().isEventTarget(obj);
}

function lazyProcess() {
  const core = require('internal/core');
  const p = core.loadedBuiltin('process');
  if (p) return p;
  if (globalThis.process && typeof globalThis.process === 'object') return globalThis.process;
  return undefined;
}

function emitWarning(w) {
  const p = lazyProcess();
  if (p && typeof p.emitWarning === 'function') p.emitWarning(w);
}

function lazyUtil() {
  const core = require('internal/core');
  let util = core.loadedBuiltin('util');
  if (util === undefined) {
    try { util = core.binding.isBuiltin('util') ? require('util') : undefined; } catch { util = undefined; }
  }
  return util;
}

function inspectForMessage(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return inspectValue(value);
  const util = lazyUtil();
  if (util && typeof util.inspect === 'function') {
    // Node falls back to plain string conversion when inspection throws.
    try { return util.inspect(value); } catch { return `${value}`; }
  }
  return inspectValue(value);
}

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

// ---- the constructor ---------------------------------------------------------------------

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

// Property order mirrors Node's exports.
function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let removeEventListener;
  if (signal.aborted) {
    queueMicrotaskCompat(() => listener());
  } else {
    signal.addEventListener('abort', listener, { __proto__: null, once: true, [kResistStopPropagation]: true });
    removeEventListener = () => { signal.removeEventListener('abort', listener); };
  }
  return {
    __proto__: null,
    [kDispose]() { if (removeEventListener !== undefined) removeEventListener(); },
  };
}

EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.listenerCount = function listenerCount(emitterOrTarget, type) {
  if (emitterOrTarget != null && typeof emitterOrTarget.listenerCount === 'function') {
    return emitterOrTarget.listenerCount(type);
  }
  if (isEventTarget(emitterOrTarget)) return et().listenersOf(emitterOrTarget, type).length;
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
};
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;

Object.defineProperty(EventEmitter, 'captureRejections', {
  __proto__: null,
  get() { return EventEmitter.prototype[kCapture]; },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});

// EventEmitterAsyncResource is defined lazily (it needs async_hooks when present).
let EventEmitterAsyncResource;
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  enumerable: true,
  get() {
    if (EventEmitterAsyncResource === undefined) {
      EventEmitterAsyncResource = require('internal/events/async_resource')(EventEmitter);
    }
    return EventEmitterAsyncResource;
  },
  set(value) {
    Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource',
      { __proto__: null, value, writable: true, enumerable: true, configurable: true });
  },
  configurable: true,
});

EventEmitter.errorMonitor = kErrorMonitor;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  __proto__: null,
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(arg) {
    validateNumber(arg, 'defaultMaxListeners', 0);
    defaultMaxListeners = arg;
  },
});

Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: { __proto__: null, value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false },
  kMaxEventTargetListenersWarned: { __proto__: null, value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false },
});

EventEmitter.setMaxListeners = function (n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (target != null && typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};

EventEmitter.init = function (opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts != null && opts.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // Follows EventEmitter.captureRejections at construction time.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

// ---- the prototype -----------------------------------------------------------------------

const proto = EventEmitter.prototype;
proto._events = undefined;
proto._eventsCount = 0;
proto._maxListeners = undefined;
Object.defineProperty(proto, kCapture, { __proto__: null, value: false, writable: true, enumerable: false });

proto.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function _getMaxListeners(that) {
  if (that._maxListeners === undefined) return defaultMaxListeners;
  return that._maxListeners;
}

proto.getMaxListeners = function getMaxListeners() {
  return _getMaxListeners(this);
};

function addCatch(that, promise, type, args) {
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, function (err) {
        require('internal/core').nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

proto.emit = function emit(type, ...args) {
  let doError = type === 'error';
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }

  if (doError) {
    const er = args.length > 0 ? args[0] : undefined;
    if (er instanceof Error) throw er;   // unhandled 'error' event
    const err = new ERR_UNHANDLED_ERROR();
    err.message = `Unhandled error. (${inspectForMessage(er)})`;
    fixStack(err);
    err.context = er;
    throw err;
  }

  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null && this[kCapture]) addCatch(this, result, type, args);
  } else {
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; ++i) {
      const result = listeners[i].apply(this, args);
      if (result !== undefined && result !== null && this[kCapture]) addCatch(this, result, type, args);
    }
  }
  return true;
};
require('internal/events/stock_emit').emit = proto.emit;

function fixStack(err) {
  const stack = err.stack;
  if (typeof stack === 'string') {
    const nl = stack.indexOf('\n');
    const header = `${err.name} [${err.code}]: ${err.message}`;
    try {
      Object.defineProperty(err, 'stack', { __proto__: null, value: nl === -1 ? header : header + stack.slice(nl),
        writable: true, configurable: true, enumerable: false });
    } catch { /* ignore */ }
  }
}

// What util.inspect(target, { depth: -1 }) shows: [ClassName].
function describeEmitter(target) {
  let name = 'Object';
  try {
    const c = target.constructor;
    if (c && typeof c.name === 'string' && c.name) name = c.name;
  } catch { /* ignore */ }
  return `[${name}]`;
}

function _addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    const m = _getMaxListeners(target);
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      const w = new Error('Possible EventEmitter memory leak detected. ' +
        `${existing.length} ${String(type)} listeners ` +
        `added to ${describeEmitter(target)}. MaxListeners is ${m}. ` +
        'Use emitter.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.emitter = target;
      w.type = type;
      w.count = existing.length;
      emitWarning(w);
    }
  }
  return target;
}

proto.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};
proto.on = proto.addListener;

proto.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return this.listener.apply(this.target, arguments);
  }
}

function _onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

proto.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, _onceWrap(this, type, listener));
  return this;
};

proto.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};

proto.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (position === 0) list.shift();
    else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
proto.off = proto.removeListener;

proto.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function _listeners(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const ev = events[type];
  if (ev === undefined) return [];
  if (typeof ev === 'function') return unwrap ? [ev.listener || ev] : [ev];
  return unwrap ? ev.map((l) => l.listener || l) : ev.slice();
}

proto.listeners = function listeners(type) {
  return _listeners(this, type, true);
};

proto.rawListeners = function rawListeners(type) {
  return _listeners(this, type, false);
};

function protoListenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const ev = events[type];
    if (typeof ev === 'function') {
      if (listener != null) return listener === ev || listener === ev.listener ? 1 : 0;
      return 1;
    } else if (ev !== undefined) {
      if (listener != null) {
        let n = 0;
        for (let i = 0; i < ev.length; i++) {
          if (ev[i] === listener || ev[i].listener === listener) n++;
        }
        return n;
      }
      return ev.length;
    }
  }
  return 0;
}
proto.listenerCount = protoListenerCount;
Object.defineProperty(proto.listenerCount, 'name', { value: 'listenerCount' });

proto.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// ---- static helpers ----------------------------------------------------------------------

function getEventListeners(emitterOrTarget, type) {
  if (emitterOrTarget != null && typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  if (isEventTarget(emitterOrTarget)) return et().listenersOf(emitterOrTarget, type);
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (emitterOrTarget != null && typeof emitterOrTarget.getMaxListeners === 'function') {
    return _getMaxListeners(emitterOrTarget);
  }
  if (isEventTarget(emitterOrTarget)) {
    const v = emitterOrTarget[kMaxEventTargetListeners];
    return v === undefined ? defaultMaxListeners : v;
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// events.once / events.on live in internal/events/once_on, loaded on first call: most
// programs never wait for events as promises.
let onceOn;
function lazyOnceOn() {
  onceOn ??= require('internal/events/once_on');
  return onceOn;
}
function once(emitter, name) {
  return lazyOnceOn().once(...arguments);
}
function on(emitter, event) {
  return lazyOnceOn().on(...arguments);
}

module.exports = EventEmitter;
