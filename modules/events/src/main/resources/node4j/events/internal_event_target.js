'use strict';
// Event, CustomEvent, EventTarget (WHATWG DOM semantics as Node implements them: a target has
// no parent, so dispatch is a single AT_TARGET phase) and DOMException. Written for node4j.

const errors = require('internal/errors');
const { validateAbortSignal, validateObject, kValidateObjectAllowNullable, kValidateObjectAllowFunction } =
  require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_INVALID_THIS, ERR_EVENT_RECURSION } } = errors;

const kResistStopPropagation = Symbol.for('node4j.resistStopPropagation');
const kIsEventTarget = Symbol('nodejs.event_target');
const kListeners = Symbol('kListeners');   // on a target: Map type -> array of records
const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = require('events');

// Event internal state (symbols, so EventTarget and subclasses in other files can reach it).
const kType = Symbol('type');
const kTarget = Symbol('target');
const kCurrentTarget = Symbol('currentTarget');
const kPhase = Symbol('eventPhase');
const kFlags = Symbol('flags');
const kTimestamp = Symbol('timestamp');
const kInPassive = Symbol('inPassive');
const kDispatching = Symbol('dispatching');
const kStopImmediate = Symbol('stopImmediate');
const kStop = Symbol('stop');
const kCanceled = Symbol('canceled');
const kDetail = Symbol('detail');
const kTrusted = Symbol('kTrustEvent');

const F_BUBBLES = 1;
const F_CANCELABLE = 2;
const F_COMPOSED = 4;

const timeOrigin = Date.now();
function now() {
  try {
    const perf = globalThis.performance;
    if (perf && typeof perf.now === 'function') return perf.now();
  } catch { /* ignore */ }
  return Date.now() - timeOrigin;
}

function lazyProcess() {
  const core = require('internal/core');
  return core.loadedBuiltin('process') || (typeof globalThis.process === 'object' ? globalThis.process : undefined);
}

function emitWarning(w) {
  const p = lazyProcess();
  if (p && typeof p.emitWarning === 'function') p.emitWarning(w);
}

function reportUncaught(err) {
  require('internal/core').nextTick(() => { throw err; });
}

function isEvent(v) {
  return v != null && typeof v === 'object' && v[kFlags] !== undefined;
}

function thisEvent(self) {
  if (!isEvent(self)) throw new ERR_INVALID_THIS('Event');
  return self;
}

// ---- DOMException ---------------------------------------------------------------------------

const legacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1], [null, 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3], ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5], [null, 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7], ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9], ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11], ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13], ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15], [null, 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17], ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19], ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21], ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23], ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];
const nameToCode = new Map();
for (const [name, , code] of legacyCodes) if (name) nameToCode.set(name, code);

const domState = new WeakMap();   // instance -> { name, message }

function domThis(self) {
  const s = domState.get(self);
  if (s === undefined) {
    // Node's wording for DOMException differs from ERR_INVALID_THIS's usual one.
    throw errors.decorate(new TypeError('Value of "this" must be of DOMException'), 'ERR_INVALID_THIS');
  }
  return s;
}

class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super();
    let name;
    if (options !== null && typeof options === 'object') {
      name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { __proto__: null, value: options.cause,
          writable: true, enumerable: false, configurable: true });
      }
    } else {
      name = `${options}`;
    }
    domState.set(this, { name, message: `${message}` });
    delete this.message;
    // Format the stack header now, with this exception's name and message.
    try {
      const stack = this.stack;
      if (typeof stack === 'string') {
        const nl = stack.indexOf('\n');
        const header = `${name}: ${message}`;
        const rest = nl === -1 ? '' : stack.slice(nl);
        const first = nl === -1 ? stack : stack.slice(0, nl);
        if (first !== header && !first.startsWith(header)) {
          Object.defineProperty(this, 'stack', { __proto__: null, value: header + rest,
            writable: true, enumerable: false, configurable: true });
        }
      }
    } catch { /* ignore */ }
  }

  get name() { return domThis(this).name; }
  get message() { return domThis(this).message; }
  get code() { return nameToCode.get(domThis(this).name) || 0; }
}
for (const name of ['name', 'message', 'code']) {
  const d = Object.getOwnPropertyDescriptor(DOMException.prototype, name);
  d.enumerable = true;
  Object.defineProperty(DOMException.prototype, name, d);
}
for (const [, constName, code] of legacyCodes) {
  const d = { __proto__: null, value: code, enumerable: true, writable: false, configurable: false };
  Object.defineProperty(DOMException, constName, d);
  Object.defineProperty(DOMException.prototype, constName, d);
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag,
  { __proto__: null, value: 'DOMException', configurable: true });

// ---- Event ----------------------------------------------------------------------------------

class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options != null) validateObject(options, 'options', kValidateObjectAllowNullable | kValidateObjectAllowFunction);
    let flags = 0;
    if (options != null) {
      if (options.bubbles) flags |= F_BUBBLES;
      if (options.cancelable) flags |= F_CANCELABLE;
      if (options.composed) flags |= F_COMPOSED;
    }
    this[kType] = `${type}`;
    this[kFlags] = flags;
    this[kTarget] = null;
    this[kCurrentTarget] = null;
    this[kPhase] = 0;
    this[kTimestamp] = now();
    this[kInPassive] = false;
    this[kDispatching] = false;
    this[kStop] = false;
    this[kStopImmediate] = false;
    this[kCanceled] = false;
    if (options != null && options[kTrusted] === true) this[kTrusted] = true;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    thisEvent(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kDispatching]) return;
    this[kType] = `${type}`;
    this[kFlags] = (bubbles ? F_BUBBLES : 0) | (cancelable ? F_CANCELABLE : 0) | (this[kFlags] & F_COMPOSED);
  }

  stopImmediatePropagation() {
    thisEvent(this);
    this[kStop] = true;
    this[kStopImmediate] = true;
  }

  preventDefault() {
    thisEvent(this);
    if ((this[kFlags] & F_CANCELABLE) !== 0 && !this[kInPassive]) this[kCanceled] = true;
  }

  get target() { return thisEvent(this)[kTarget]; }
  get currentTarget() { return thisEvent(this)[kCurrentTarget]; }
  get srcElement() { return thisEvent(this)[kTarget]; }
  get type() { return thisEvent(this)[kType]; }
  get cancelable() { return (thisEvent(this)[kFlags] & F_CANCELABLE) !== 0; }
  get defaultPrevented() { return (thisEvent(this)[kFlags] & F_CANCELABLE) !== 0 && this[kCanceled]; }
  get timeStamp() { return thisEvent(this)[kTimestamp]; }

  composedPath() {
    thisEvent(this);
    return this[kDispatching] ? [this[kCurrentTarget]] : [];
  }

  get returnValue() { return !thisEvent(this).defaultPrevented; }
  set returnValue(value) {
    thisEvent(this);
    if (!value) this.preventDefault();
  }
  get bubbles() { return (thisEvent(this)[kFlags] & F_BUBBLES) !== 0; }
  get composed() { return (thisEvent(this)[kFlags] & F_COMPOSED) !== 0; }
  get eventPhase() { return thisEvent(this)[kPhase]; }
  get cancelBubble() { return thisEvent(this)[kStop]; }
  set cancelBubble(value) {
    thisEvent(this);
    if (value) this[kStop] = true;
  }

  stopPropagation() {
    thisEvent(this);
    this[kStop] = true;
  }

  get isTrusted() { return thisEvent(this)[kTrusted] === true; }
}

function makeEnumerable(proto, names) {
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    d.enumerable = true;
    Object.defineProperty(proto, name, d);
  }
}
makeEnumerable(Event.prototype, ['initEvent', 'stopImmediatePropagation', 'preventDefault', 'target',
  'currentTarget', 'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath',
  'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation', 'isTrusted']);
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  const d = { __proto__: null, value, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(Event, name, d);
  Object.defineProperty(Event.prototype, name, d);
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, { __proto__: null, value: 'Event', configurable: true });

class CustomEvent extends Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this[kDetail] = options != null && options.detail !== undefined ? options.detail : null;
  }

  get detail() {
    if (!isEvent(this) || !(kDetail in this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this[kDetail];
  }
}
makeEnumerable(CustomEvent.prototype, ['detail']);
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { __proto__: null, value: 'CustomEvent', configurable: true });

// ---- EventTarget ----------------------------------------------------------------------------

function validateListener(listener) {
  if (typeof listener === 'function' || (listener != null && typeof listener.handleEvent === 'function')) return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;   // handleEvent is looked up at dispatch
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function flattenOptions(options) {
  if (options == null) return { once: false, capture: false, passive: false, signal: undefined, resist: false };
  if (typeof options === 'boolean') return { once: false, capture: options, passive: false, signal: undefined, resist: false };
  validateObject(options, 'options', kValidateObjectAllowNullable | kValidateObjectAllowFunction);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    resist: Boolean(options[kResistStopPropagation]),
  };
}

function isEventTarget(obj) {
  if (obj == null || (typeof obj !== 'object' && typeof obj !== 'function')) return false;
  if (obj[kListeners] !== undefined) return true;
  try { return Boolean(obj.constructor && obj.constructor[kIsEventTarget]); } catch { return false; }
}

function listenerMap(target) {
  let m = target[kListeners];
  if (m === undefined) {
    if (!isEventTarget(target)) throw new ERR_INVALID_THIS('EventTarget');
    m = new Map();
    Object.defineProperty(target, kListeners, { __proto__: null, value: m, writable: true, configurable: true });
  }
  return m;
}

function initEventTarget(self) {
  Object.defineProperty(self, kListeners, { __proto__: null, value: new Map(), writable: true, configurable: true });
  Object.defineProperty(self, kMaxEventTargetListeners, { __proto__: null,
    value: require('events').defaultMaxListeners, writable: true, configurable: true });
  Object.defineProperty(self, kMaxEventTargetListenersWarned, { __proto__: null,
    value: false, writable: true, configurable: true });
}

function describeTarget(target) {
  try {
    const c = target.constructor;
    if (c && typeof c.name === 'string' && c.name) return c.name;
  } catch { /* ignore */ }
  return 'EventTarget';
}

class EventTarget {
  constructor() {
    initEventTarget(this);
  }

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const { once, capture, passive, signal, resist } = flattenOptions(options);
    validateAbortSignal(signal, 'options.signal');
    if (!validateListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      emitWarning(w);
      return;
    }
    type = typeof type === 'symbol' ? type : `${type}`;
    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true, [kResistStopPropagation]: true });
    }
    const map = listenerMap(this);
    let list = map.get(type);
    if (list === undefined) {
      list = [];
      map.set(type, list);
    }
    for (const rec of list) {
      if (rec.callback === listener && rec.capture === capture) return;   // already registered
    }
    list.push({ callback: listener, capture, once, passive, resist, removed: false });
    const max = this[kMaxEventTargetListeners];
    if (max !== undefined && max > 0 && list.length > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
        `${list.length} ${String(type)} listeners added to ${describeTarget(this)}. ` +
        `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = list.length;
      emitWarning(w);
    }
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateListener(listener)) return;
    type = typeof type === 'symbol' ? type : `${type}`;
    const capture = options === true || (options != null && typeof options === 'object' && Boolean(options.capture));
    const map = listenerMap(this);
    const list = map.get(type);
    if (list === undefined) return;
    for (let i = 0; i < list.length; i++) {
      const rec = list[i];
      if (rec.callback === listener && rec.capture === capture) {
        rec.removed = true;
        list.splice(i, 1);
        if (list.length === 0) map.delete(type);
        return;
      }
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kDispatching]) throw new ERR_EVENT_RECURSION(event.type);
    dispatch(this, event);
    return event.defaultPrevented !== true;
  }
}
Object.defineProperty(EventTarget, kIsEventTarget, { __proto__: null, value: true, enumerable: false });
makeEnumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { __proto__: null, value: 'EventTarget', configurable: true });

function dispatch(target, event) {
  event[kTarget] = target;
  event[kCurrentTarget] = target;
  event[kPhase] = 2;
  event[kDispatching] = true;
  try {
    const map = listenerMap(target);
    const list = map.get(event[kType]);
    if (list !== undefined) {
      for (const rec of list.slice()) {
        if (rec.removed) continue;
        if (event[kStopImmediate] && !rec.resist) continue;
        if (rec.once) {   // removed internally, as Node does: a patched removeEventListener is not called
          rec.removed = true;
          const at = list.indexOf(rec);
          if (at !== -1) list.splice(at, 1);
          if (list.length === 0) map.delete(event[kType]);
        }
        event[kInPassive] = rec.passive;
        try {
          let result;
          const cb = rec.callback;
          if (typeof cb === 'function') {
            result = cb.call(target, event);
          } else {
            result = Reflect.apply(cb.handleEvent, cb, [event]);   // TypeError if not callable
          }
          if (result !== undefined && result !== null && typeof result.then === 'function') {
            result.then(undefined, (err) => reportUncaught(err));
          }
        } catch (err) {
          reportUncaught(err);
        } finally {
          event[kInPassive] = false;
        }
      }
    }
  } finally {
    event[kCurrentTarget] = null;
    event[kPhase] = 0;
    event[kDispatching] = false;
  }
}

function listenersOf(target, type) {
  const list = listenerMap(target).get(typeof type === 'symbol' ? type : `${type}`);
  if (list === undefined) return [];
  return list.map((rec) => rec.callback);
}

// ---- NodeEventTarget: an EventTarget with an EventEmitter-like surface (Node internal) ------

class NodeEventTarget extends EventTarget {
  setMaxListeners(n) { require('events').setMaxListeners(n, this); }
  getMaxListeners() { return this[kMaxEventTargetListeners]; }
  eventNames() { return Array.from(listenerMap(this).keys()); }
  listenerCount(type) { const l = listenerMap(this).get(`${type}`); return l ? l.length : 0; }
  off(type, listener, options) { this.removeEventListener(type, listener, options); return this; }
  removeListener(type, listener, options) { this.removeEventListener(type, listener, options); return this; }
  on(type, listener) { this.addEventListener(type, listener, { [kResistStopPropagation]: true }); return this; }
  addListener(type, listener) { return this.on(type, listener); }
  emit(type, arg) {
    const had = this.listenerCount(type) > 0;
    const ev = new Event(type);
    ev.value = arg;
    this.dispatchEvent(ev);
    return had;
  }
  once(type, listener) {
    this.addEventListener(type, listener, { once: true, [kResistStopPropagation]: true });
    return this;
  }
  removeAllListeners(type) {
    const map = listenerMap(this);
    if (type !== undefined) map.delete(`${type}`);
    else map.clear();
    return this;
  }
}

module.exports = {
  Event, CustomEvent, EventTarget, NodeEventTarget, DOMException,
  isEventTarget, listenersOf, initEventTarget, kIsEventTarget, kTrusted,
  kMaxEventTargetListeners, kMaxEventTargetListenersWarned, kResistStopPropagation,
};
