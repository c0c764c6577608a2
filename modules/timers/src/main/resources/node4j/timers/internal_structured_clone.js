'use strict';
// structuredClone (the HTML structured clone algorithm as V8 implements it for Node): GraalJS
// has none. Types are recognised by brand checks (internal slots), never by prototype or
// Symbol.toStringTag, so subclasses and look-alikes clone the way they do on Node.

const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');

const call = Function.prototype.call.bind(Function.prototype.call);
const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;

const TypedArray = Object.getPrototypeOf(Uint8Array);
const typedArrayTag = getter(TypedArray.prototype, Symbol.toStringTag);
const arrayBufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const sharedByteLength = typeof SharedArrayBuffer === 'function'
  ? getter(SharedArrayBuffer.prototype, 'byteLength') : null;
const dataViewByteLength = getter(DataView.prototype, 'byteLength');
const mapSize = getter(Map.prototype, 'size');
const setSize = getter(Set.prototype, 'size');
const regexpFlags = getter(RegExp.prototype, 'flags');
// The flags getter is generic (works on any object); source checks [[OriginalSource]].
const regexpSource = getter(RegExp.prototype, 'source');
const objectToString = Object.prototype.toString;

// Objects made transferable by node4j's own modules (util.transferableAbortSignal): the object
// -> (cloneValue) => the clone, where cloneValue structured-clones a value (the abort reason).
// They can only be transferred, never copied.
const transferables = new WeakMap();

/** Makes obj transferable: structuredClone(v, { transfer: [obj] }) puts makeClone(clone) in v's copy. */
function markTransferable(obj, makeClone) {
  transferables.set(obj, makeClone);
}

/** True if `fn.call(v, ...args)` succeeds: the brand check of the built-in method `fn`. */
function hasBrand(fn, v, ...args) {
  if (fn === null) return false;
  try {
    Reflect.apply(fn, v, args);
    return true;
  } catch {
    return false;
  }
}

function dataCloneError(message) {
  const DOMException = globalThis.DOMException;
  if (typeof DOMException === 'function') return new DOMException(message, 'DataCloneError');
  const err = new Error(message);
  err.name = 'DataCloneError';
  err.code = 25;
  return err;
}

function describe(value) {
  if (typeof value === 'symbol' || typeof value === 'function') return String(value);
  return `#<${constructorName(value)}>`;
}

function constructorName(obj) {
  try {
    const ctor = obj.constructor;
    if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name) return ctor.name;
  } catch { /* fall through */ }
  return 'Object';
}

const uncloneable = [
  [typeof WeakMap === 'function' && WeakMap.prototype.has, [{}]],
  [typeof WeakSet === 'function' && WeakSet.prototype.has, [{}]],
  [typeof WeakRef === 'function' && WeakRef.prototype.deref, []],
  [typeof FinalizationRegistry === 'function' && FinalizationRegistry.prototype.unregister, [{}]],
  [Promise.prototype.then, [undefined, undefined]],   // a no-op reaction on a real promise
];

function isUncloneable(v) {
  for (const [fn, args] of uncloneable) {
    if (fn && hasBrand(fn, v, ...args)) return true;
  }
  return false;
}

const errorConstructors = {
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

function isArrayBufferDetached(buf) {
  const d = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached');
  if (d && d.get) return call(d.get, buf);
  return false;
}

class Cloner {
  constructor(transfer) {
    this.memory = new Map();    // original -> clone (shared and circular references)
    this.transfer = transfer;   // ArrayBuffers moved rather than copied
  }

  clone(value) {
    if (typeof value === 'symbol') throw dataCloneError(`${describe(value)} could not be cloned.`);
    if (typeof value === 'function') throw dataCloneError(`${describe(value)} could not be cloned.`);
    if (value === null || typeof value !== 'object') return value;
    const seen = this.memory.get(value);
    if (seen !== undefined) return seen;
    const makeClone = transferables.get(value);
    if (makeClone !== undefined) {
      if (!this.transfer.has(value)) {
        throw dataCloneError('Object that needs transfer was found in message but not listed in transferList');
      }
      return this.remember(value, makeClone((v) => structuredClone(v)));
    }
    return this.cloneObject(value);
  }

  remember(original, copy) {
    this.memory.set(original, copy);
    return copy;
  }

  cloneObject(v) {
    if (hasBrand(Boolean.prototype.valueOf, v)) return this.remember(v, Object(call(Boolean.prototype.valueOf, v)));
    if (hasBrand(Number.prototype.valueOf, v)) return this.remember(v, Object(call(Number.prototype.valueOf, v)));
    if (hasBrand(String.prototype.valueOf, v)) return this.remember(v, Object(call(String.prototype.valueOf, v)));
    if (typeof BigInt === 'function' && hasBrand(BigInt.prototype.valueOf, v)) {
      return this.remember(v, Object(call(BigInt.prototype.valueOf, v)));
    }
    if (hasBrand(Symbol.prototype.valueOf, v)) throw dataCloneError('[object Symbol] could not be cloned.');
    if (hasBrand(Date.prototype.getTime, v)) return this.remember(v, new Date(call(Date.prototype.getTime, v)));
    if (hasBrand(regexpSource, v) && v !== RegExp.prototype) {
      return this.remember(v, new RegExp(call(regexpSource, v), call(regexpFlags, v)));
    }
    if (hasBrand(arrayBufferByteLength, v)) return this.cloneArrayBuffer(v);
    if (hasBrand(sharedByteLength, v)) return this.remember(v, v);   // shared, not copied
    if (typedArrayTag && call(typedArrayTag, v) !== undefined) return this.cloneTypedArray(v);
    if (hasBrand(dataViewByteLength, v)) {
      const byteOffset = v.byteOffset;
      const byteLength = call(dataViewByteLength, v);
      const buffer = this.clone(v.buffer);
      return this.remember(v, new DataView(buffer, byteOffset, byteLength));
    }
    if (hasBrand(mapSize, v)) {
      const copy = this.remember(v, new Map());
      const entries = [...Map.prototype.entries.call(v)];
      for (const [key, val] of entries) Map.prototype.set.call(copy, this.clone(key), this.clone(val));
      return copy;
    }
    if (hasBrand(setSize, v)) {
      const copy = this.remember(v, new Set());
      const values = [...Set.prototype.values.call(v)];
      for (const val of values) Set.prototype.add.call(copy, this.clone(val));
      return copy;
    }
    const DOMException = globalThis.DOMException;
    if (typeof DOMException === 'function' && hasBrand(getter(DOMException.prototype, 'name'), v)) {
      return this.cloneDOMException(v, DOMException);
    }
    if (call(objectToString, v) === '[object Error]' || v instanceof Error) return this.cloneError(v);
    if (isUncloneable(v)) throw dataCloneError(`${describe(v)} could not be cloned.`);
    if (Array.isArray(v)) {
      const copy = this.remember(v, new Array(v.length));
      return this.copyProperties(v, copy);
    }
    return this.copyProperties(v, this.remember(v, {}));
  }

  /** Own enumerable string-keyed properties, read with [[Get]] (getters run) in key order. */
  copyProperties(from, to) {
    for (const key of Object.keys(from)) {
      if (!Object.prototype.propertyIsEnumerable.call(from, key)) continue;  // removed meanwhile
      to[key] = this.clone(from[key]);
    }
    return to;
  }

  cloneArrayBuffer(buf) {
    if (isArrayBufferDetached(buf)) {
      throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    }
    if (this.transfer.has(buf)) {
      // Moved: the clone takes the bytes and the original is detached.
      return this.remember(buf, buf.transfer ? buf.transfer() : copyBuffer(buf));
    }
    return this.remember(buf, copyBuffer(buf));
  }

  cloneTypedArray(view) {
    const name = call(typedArrayTag, view);
    const { byteOffset, length } = view;   // read before a transfer detaches the buffer
    const buffer = this.clone(view.buffer);
    const Ctor = globalThis[name];
    const copy = new Ctor(buffer, byteOffset, length);
    return this.remember(view, copy);
  }

  /** A DOMException (subclasses too) comes back as a DOMException with its name, message and stack. */
  cloneDOMException(err, DOMException) {
    const proto = DOMException.prototype;
    const copy = new DOMException(call(getter(proto, 'message'), err), call(getter(proto, 'name'), err));
    const stack = safeGet(err, 'stack');
    if (typeof stack === 'string') {
      Object.defineProperty(copy, 'stack', { value: stack, writable: true, configurable: true });
    }
    return this.remember(err, copy);
  }

  cloneError(err) {
    let name = 'Error';
    try {
      const n = err.name;
      if (typeof n === 'string' && Object.prototype.hasOwnProperty.call(errorConstructors, n)) name = n;
    } catch { /* V8 keeps Error then */ }
    const Ctor = errorConstructors[name];
    const copy = Object.create(Ctor.prototype);
    this.remember(err, copy);
    const stack = safeGet(err, 'stack');
    if (typeof stack === 'string') {
      Object.defineProperty(copy, 'stack', { value: stack, writable: true, configurable: true });
    }
    const messageDesc = Object.getOwnPropertyDescriptor(err, 'message');
    if (messageDesc && 'value' in messageDesc) {
      Object.defineProperty(copy, 'message',
        { value: String(messageDesc.value), writable: true, configurable: true });
    }
    if (Object.prototype.hasOwnProperty.call(err, 'cause')) {
      Object.defineProperty(copy, 'cause', { value: this.clone(err.cause), writable: true, configurable: true });
    }
    return copy;
  }
}

function safeGet(obj, key) {
  try {
    return obj[key];
  } catch {
    return undefined;
  }
}

function copyBuffer(buf) {
  const length = call(arrayBufferByteLength, buf);
  let copy;
  if (buf.resizable) copy = new ArrayBuffer(length, { maxByteLength: buf.maxByteLength });
  else copy = new ArrayBuffer(length);
  new Uint8Array(copy).set(new Uint8Array(buf, 0, length));
  return copy;
}

function optionsError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

/** The `transfer` option: a sequence of ArrayBuffers and transferables, each at most once. */
function readTransfer(options) {
  const set = new Set();
  if (options === undefined || options === null) return set;
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw optionsError("Failed to execute 'structuredClone': Options cannot be converted to a dictionary");
  }
  const list = options.transfer;
  if (list === undefined) return set;
  if (list === null || typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
    throw optionsError("Failed to execute 'structuredClone': transfer in Options can not be converted to sequence.");
  }
  for (const item of list) {
    if (item === null || (typeof item !== 'object' && typeof item !== 'function')) {
      throw optionsError('Value is not an object');
    }
    if (transferables.has(item)) {
      if (set.has(item)) throw dataCloneError(`Transfer list contains duplicate ${constructorName(item)}`);
      set.add(item);
      continue;
    }
    if (!hasBrand(arrayBufferByteLength, item)) throw dataCloneError('Found invalid value in transferList.');
    if (set.has(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
    if (isArrayBufferDetached(item)) {
      throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    }
    set.add(item);
  }
  return set;
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    throw new ERR_MISSING_ARGS('The value argument must be specified');
  }
  const transfer = readTransfer(options);
  const cloner = new Cloner(transfer);
  const result = cloner.clone(value);
  // Transferred buffers not reached by the value are still moved (detached), as on Node.
  for (const buf of transfer) {
    if (!cloner.memory.has(buf) && !transferables.has(buf) && buf.transfer) buf.transfer();
  }
  return result;
}

module.exports = { structuredClone, markTransferable };
