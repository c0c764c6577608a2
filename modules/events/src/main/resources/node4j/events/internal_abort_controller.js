'use strict';
// AbortController and AbortSignal (WHATWG DOM semantics). Written for node4j.

const errors = require('internal/errors');
const { validateUint32 } = require('internal/validators');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS } } = errors;
const { EventTarget, Event, DOMException, kTrusted, kMaxEventTargetListeners } = require('internal/event_target');
const { inspectAs } = require('internal/custom_inspect');

const kToken = Symbol('kToken');
const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kDependants = Symbol('kDependants');
const kSources = Symbol('kSources');
const kComposite = Symbol('kComposite');
const kHandlers = Symbol('kHandlers');
const kSignal = Symbol('kSignal');
const kTimer = Symbol('kTimer');

function isSignal(v) {
  return v != null && typeof v === 'object' && v[kAborted] !== undefined;
}

function thisSignal(self) {
  if (!isSignal(self)) throw new ERR_INVALID_THIS('AbortSignal');
  return self;
}

function defaultAbortReason() {
  return new DOMException('This operation was aborted', 'AbortError');
}

const kInspect = Symbol.for('nodejs.util.inspect.custom');

class AbortSignal extends EventTarget {
  constructor(token = undefined) {
    if (token !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    Object.defineProperty(this, kAborted, { __proto__: null, value: false, writable: true, configurable: true });
    Object.defineProperty(this, kReason, { __proto__: null, value: undefined, writable: true, configurable: true });
    this[kMaxEventTargetListeners] = 0;   // signals never warn about many listeners
  }

  get aborted() { return thisSignal(this)[kAborted]; }
  get reason() { return thisSignal(this)[kReason]; }

  [kInspect](depth, options, inspect) {
    return inspectAs(this.constructor.name, this, { aborted: this.aborted }, depth, options, inspect);
  }

  throwIfAborted() {
    thisSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  // An event handler attribute as Node has it: the first assignment registers one listener that
  // keeps its place; later assignments only swap the value it calls (functions only).
  get onabort() {
    thisSignal(this);
    const h = this[kHandlers];
    return h === undefined || h.handler === undefined ? null : h.handler;
  }

  set onabort(value) {
    thisSignal(this);
    let h = this[kHandlers];
    if (h === undefined) {
      h = { handler: undefined };
      const wrapper = function (event) {
        const cur = h.handler;
        if (typeof cur === 'function') return cur.call(this, event);
      };
      Object.defineProperty(this, kHandlers, { __proto__: null, value: h, writable: true, configurable: true });
      this.addEventListener('abort', wrapper);
    }
    h.handler = value === null ? undefined : value;
  }

  static abort(reason = defaultAbortReason()) {
    const signal = createSignal();
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createSignal();
    const fire = () => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    };
    let timer;
    let setTimeoutFn;
    try {
      setTimeoutFn = require('timers').setTimeout;
    } catch { /* timers not available */ }
    if (typeof setTimeoutFn !== 'function') setTimeoutFn = globalThis.setTimeout;
    if (typeof setTimeoutFn !== 'function') throw new errors.codes.ERR_NOT_IMPLEMENTED('AbortSignal.timeout without timers');
    timer = setTimeoutFn(fire, delay);
    if (timer != null && typeof timer.unref === 'function') timer.unref();
    Object.defineProperty(signal, kTimer, { __proto__: null, value: timer, writable: true, configurable: true });
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals) && (signals == null || typeof signals[Symbol.iterator] !== 'function')) {
      throw errors.decorate(new TypeError('signals can not be converted to sequence.'), 'ERR_INVALID_ARG_TYPE');
    }
    const list = Array.from(signals);
    for (let i = 0; i < list.length; i++) {
      if (!isSignal(list[i])) throw new ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', list[i]);
    }
    for (const s of list) {
      if (s[kAborted]) return AbortSignal.abort(s[kReason]);
    }
    const result = createSignal();
    const sources = new Set();
    for (const s of list) {
      if (s[kComposite]) {
        for (const src of s[kSources]) sources.add(src);
      } else {
        sources.add(s);
      }
    }
    Object.defineProperty(result, kComposite, { __proto__: null, value: true });
    Object.defineProperty(result, kSources, { __proto__: null, value: sources });
    for (const src of sources) {
      let deps = src[kDependants];
      if (deps === undefined) {
        deps = new Set();
        Object.defineProperty(src, kDependants, { __proto__: null, value: deps, configurable: true });
      }
      deps.add(result);
    }
    return result;
  }
}

for (const name of ['aborted', 'reason', 'throwIfAborted', 'onabort']) {
  const d = Object.getOwnPropertyDescriptor(AbortSignal.prototype, name);
  d.enumerable = true;
  Object.defineProperty(AbortSignal.prototype, name, d);
}
for (const name of ['abort', 'timeout', 'any']) {
  const d = Object.getOwnPropertyDescriptor(AbortSignal, name);
  d.enumerable = true;
  Object.defineProperty(AbortSignal, name, d);
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { __proto__: null, value: 'AbortSignal', configurable: true });

function createSignal() {
  return new AbortSignal(kToken);
}

// The spec's "signal abort": mark the signal and its dependants (AbortSignal.any results)
// aborted first, then fire 'abort' on the signal, then on each dependant.
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const toFire = [];
  const deps = signal[kDependants];
  if (deps !== undefined) {
    for (const d of deps) {
      if (d[kAborted]) continue;
      d[kAborted] = true;
      d[kReason] = reason;
      toFire.push(d);
    }
    deps.clear();
  }
  fireAbort(signal);
  for (const d of toFire) fireAbort(d);
}

function fireAbort(signal) {
  signal.dispatchEvent(new Event('abort', { [kTrusted]: true }));
}

class AbortController {
  constructor() {
    Object.defineProperty(this, kSignal, { __proto__: null, value: createSignal() });
  }

  get signal() {
    if (this == null || this[kSignal] === undefined) throw new ERR_INVALID_THIS('AbortController');
    return this[kSignal];
  }

  [kInspect](depth, options, inspect) {
    return inspectAs(this.constructor.name, this, { signal: this.signal }, depth, options, inspect);
  }

  abort(reason = defaultAbortReason()) {
    if (this == null || this[kSignal] === undefined) throw new ERR_INVALID_THIS('AbortController');
    abortSignal(this[kSignal], reason);
  }
}
for (const name of ['signal', 'abort']) {
  const d = Object.getOwnPropertyDescriptor(AbortController.prototype, name);
  d.enumerable = true;
  Object.defineProperty(AbortController.prototype, name, d);
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { __proto__: null, value: 'AbortController', configurable: true });

module.exports = { AbortController, AbortSignal, abortSignal, isSignal, kAborted, kReason };
