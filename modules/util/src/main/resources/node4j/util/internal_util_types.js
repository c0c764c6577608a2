'use strict';
// util.types: V8's brand checks, answered by the engine's class of the object (internal/core
// classOf), which prototypes and Symbol.toStringTag cannot fool; what that cannot tell (a
// promise's state, proxies of plain objects) asks Java.
const binding = internalBinding('util');
const core = require('internal/core');
const { classOf } = core;

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Function.prototype.call.bind(
  Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get);

const AsyncFunctionProto = Object.getPrototypeOf(async function () {});
const GeneratorFunctionProto = Object.getPrototypeOf(function* () {});
const AsyncGeneratorFunctionProto = Object.getPrototypeOf(async function* () {});

function typedArrayName(v) {
  if (v === null || typeof v !== 'object') return undefined;
  return typedArrayTag(v);
}
const isTypedArray = (v) => typedArrayName(v) !== undefined;
const isTypedArrayOf = (name) => (v) => typedArrayName(v) === name;

const is = (name) => (v) => classOf(v) === name;
const isDate = is('Date');
const isRegExp = is('RegExp');
const isMap = is('Map');
const isSet = is('Set');
const isWeakMap = is('WeakMap');
const isWeakSet = is('WeakSet');
const isArrayBuffer = is('ArrayBuffer');
const isSharedArrayBuffer = is('SharedArrayBuffer');
const isDataView = is('DataView');
const isNumberObject = is('Number');
const isStringObject = is('String');
const isBooleanObject = is('Boolean');
const isBigIntObject = is('BigInt');
const isSymbolObject = is('Symbol');
const kBoxed = new Set(['Number', 'String', 'Boolean', 'BigInt', 'Symbol']);
const isObj = (v) => v !== null && typeof v === 'object';

function protoIn(v, ...protos) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return false;
  const p = Object.getPrototypeOf(v);
  return protos.includes(p);
}

/** 'pending' | 'fulfilled' | 'rejected', or undefined for a non-promise (GraalJS's debug view). */
function promiseState(v) {
  if (classOf(v) !== 'Promise') return undefined;
  return binding.promiseState(v) || undefined;
}

// A builtin's exports once something has loaded it (a loaded builtin stays loaded): deep equality
// asks isKeyObject/isCryptoKey of most objects it meets, so the cache look-up is made only until then.
const loadedExports = new Map();
function loadedOnce(id) {
  let m = loadedExports.get(id);
  if (m === undefined) {
    m = core.loadedBuiltin(id);
    if (m !== undefined) loadedExports.set(id, m);
  }
  return m;
}

const kUnknown = Symbol('unknown');
/** A settled promise's value when it is a primitive, else kUnknown (not readable in GraalJS). */
function promiseResult(p) {
  const text = binding.promiseResultText(p);
  if (text == null) return kUnknown;
  if (text === 'undefined') return undefined;
  if (text === 'null') return null;
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^-?(\d+(\.\d+)?(e[+-]?\d+)?|Infinity)$/.test(text)) return Number(text);
  if (text === 'NaN') return NaN;
  if (/^-?\d+n$/.test(text)) return BigInt(text.slice(0, -1));
  if (/^"([^"\\]|\\.)*"$/.test(text)) { try { return JSON.parse(text); } catch { return kUnknown; } }
  return kUnknown;
}

const types = {
  isArgumentsObject: is('Arguments'),
  isArrayBuffer,
  isAsyncFunction: (v) => typeof v === 'function' && protoIn(v, AsyncFunctionProto, AsyncGeneratorFunctionProto),
  isBigIntObject,
  isBooleanObject,
  isDataView,
  isDate,
  isExternal: (v) => false,   // no V8 externals exist in GraalJS
  isGeneratorFunction: (v) => typeof v === 'function' &&
    protoIn(v, GeneratorFunctionProto, AsyncGeneratorFunctionProto),
  isGeneratorObject: (v) => { const c = classOf(v); return c === 'Generator' || c === 'AsyncGenerator'; },
  isMap,
  isMapIterator: is('Map Iterator'),
  isModuleNamespaceObject(v) {
    if (!isObj(v) || Object.getPrototypeOf(v) !== null || Object.isExtensible(v)) return false;
    const d = Object.getOwnPropertyDescriptor(v, Symbol.toStringTag);
    return d !== undefined && d.value === 'Module' && !d.writable && !d.configurable;
  },
  isNativeError: is('Error'),
  isNumberObject,
  isPromise: is('Promise'),
  isProxy: (v) => v !== null && (typeof v === 'object' || typeof v === 'function') && binding.isProxy(v),
  isRegExp,
  isSet,
  isSetIterator: is('Set Iterator'),
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isWeakMap,
  isWeakSet,
  isAnyArrayBuffer: (v) => { const c = classOf(v); return c === 'ArrayBuffer' || c === 'SharedArrayBuffer'; },
  isBoxedPrimitive: (v) => kBoxed.has(classOf(v)),
  isArrayBufferView: (v) => isTypedArray(v) || isDataView(v),
  isTypedArray,
  isUint8Array: isTypedArrayOf('Uint8Array'),
  isUint8ClampedArray: isTypedArrayOf('Uint8ClampedArray'),
  isUint16Array: isTypedArrayOf('Uint16Array'),
  isUint32Array: isTypedArrayOf('Uint32Array'),
  isInt8Array: isTypedArrayOf('Int8Array'),
  isInt16Array: isTypedArrayOf('Int16Array'),
  isInt32Array: isTypedArrayOf('Int32Array'),
  isFloat16Array: isTypedArrayOf('Float16Array'),
  isFloat32Array: isTypedArrayOf('Float32Array'),
  isFloat64Array: isTypedArrayOf('Float64Array'),
  isBigInt64Array: isTypedArrayOf('BigInt64Array'),
  isBigUint64Array: isTypedArrayOf('BigUint64Array'),
  isKeyObject(v) {
    const crypto = loadedOnce('crypto');
    return !!(crypto && typeof crypto.KeyObject === 'function' && v instanceof crypto.KeyObject);
  },
  isCryptoKey(v) {
    // CryptoKey is not exported by node:crypto; its defining module is loaded once any key exists.
    const web = loadedOnce('internal/crypto_webcrypto_keys');
    return !!(web && v instanceof web.CryptoKey);
  },
};

module.exports = { types, typedArrayName, promiseState, promiseResult, kUnknown };
