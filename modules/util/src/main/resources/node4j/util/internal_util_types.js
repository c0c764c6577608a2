'use strict';
// util.types: brand checks that cannot be fooled by Symbol.toStringTag. Each calls a built-in
// method that only works on the real thing; what JS cannot see (promises, proxies) asks Java.
const binding = internalBinding('util');

const uncurry = (fn) => (self, ...args) => Reflect.apply(fn, self, args);
const getter = (proto, name) => uncurry(Object.getOwnPropertyDescriptor(proto, name).get);
const brand = (fn) => (v) => {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return false;
  try { fn(v); return true; } catch { return false; }
};

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getter(TypedArrayProto, Symbol.toStringTag);
const dateGetTime = uncurry(Date.prototype.getTime);
const regexpSource = getter(RegExp.prototype, 'source');
const mapSize = getter(Map.prototype, 'size');
const setSize = getter(Set.prototype, 'size');
const weakMapHas = uncurry(WeakMap.prototype.has);
const weakSetHas = uncurry(WeakSet.prototype.has);
const abByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const sabByteLength = typeof SharedArrayBuffer === 'function'
  ? getter(SharedArrayBuffer.prototype, 'byteLength') : () => { throw new TypeError(); };
const dataViewBuffer = getter(DataView.prototype, 'buffer');
const numberValueOf = uncurry(Number.prototype.valueOf);
const stringValueOf = uncurry(String.prototype.valueOf);
const booleanValueOf = uncurry(Boolean.prototype.valueOf);
const bigintValueOf = uncurry(BigInt.prototype.valueOf);
const symbolValueOf = uncurry(Symbol.prototype.valueOf);
const objectToString = uncurry(Object.prototype.toString);

const AsyncFunctionProto = Object.getPrototypeOf(async function () {});
const GeneratorFunctionProto = Object.getPrototypeOf(function* () {});
const AsyncGeneratorFunctionProto = Object.getPrototypeOf(async function* () {});
const GeneratorProto = GeneratorFunctionProto.prototype;
const AsyncGeneratorProto = AsyncGeneratorFunctionProto.prototype;
const MapIteratorProto = Object.getPrototypeOf(new Map().entries());
const SetIteratorProto = Object.getPrototypeOf(new Set().entries());

function typedArrayName(v) {
  if (v === null || typeof v !== 'object') return undefined;
  return typedArrayTag(v);
}
const isTypedArray = (v) => typedArrayName(v) !== undefined;
const isTypedArrayOf = (name) => (v) => typedArrayName(v) === name;

const isDate = brand(dateGetTime);
const isRegExp = (v) => v !== RegExp.prototype && brand(regexpSource)(v);
const isMap = brand(mapSize);
const isSet = brand(setSize);
const isWeakMap = brand((v) => weakMapHas(v, {}));
const isWeakSet = brand((v) => weakSetHas(v, {}));
const isArrayBuffer = brand(abByteLength);
const isSharedArrayBuffer = brand(sabByteLength);
const isDataView = brand(dataViewBuffer);
const isObj = (v) => v !== null && typeof v === 'object';
const isNumberObject = (v) => isObj(v) && brand(numberValueOf)(v);
const isStringObject = (v) => isObj(v) && brand(stringValueOf)(v);
const isBooleanObject = (v) => isObj(v) && brand(booleanValueOf)(v);
const isBigIntObject = (v) => isObj(v) && brand(bigintValueOf)(v);
const isSymbolObject = (v) => isObj(v) && brand(symbolValueOf)(v);

function protoIn(v, ...protos) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return false;
  const p = Object.getPrototypeOf(v);
  return protos.includes(p);
}

function inChain(v, proto) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return false;
  for (let p = Object.getPrototypeOf(v); p !== null; p = Object.getPrototypeOf(p)) if (p === proto) return true;
  return false;
}

/** 'pending' | 'fulfilled' | 'rejected', or undefined for a non-promise (GraalJS's debug view). */
function promiseState(v) {
  if (v === null || typeof v !== 'object' || objectToString(v) !== '[object Promise]') return undefined;
  return binding.promiseState(v) || undefined;
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
  isArgumentsObject: (v) => isObj(v) && objectToString(v) === '[object Arguments]' &&
    !Object.prototype.hasOwnProperty.call(v, Symbol.toStringTag) && 'callee' in v,
  isArrayBuffer,
  isAsyncFunction: (v) => typeof v === 'function' && protoIn(v, AsyncFunctionProto, AsyncGeneratorFunctionProto),
  isBigIntObject,
  isBooleanObject,
  isDataView,
  isDate,
  isExternal: (v) => false,   // no V8 externals exist in GraalJS
  isGeneratorFunction: (v) => typeof v === 'function' &&
    protoIn(v, GeneratorFunctionProto, AsyncGeneratorFunctionProto),
  isGeneratorObject: (v) => isObj(v) && (inChain(v, GeneratorProto) || inChain(v, AsyncGeneratorProto)),
  isMap,
  isMapIterator: (v) => isObj(v) && Object.getPrototypeOf(v) === MapIteratorProto,
  isModuleNamespaceObject(v) {
    if (!isObj(v) || Object.getPrototypeOf(v) !== null || Object.isExtensible(v)) return false;
    const d = Object.getOwnPropertyDescriptor(v, Symbol.toStringTag);
    return d !== undefined && d.value === 'Module' && !d.writable && !d.configurable;
  },
  isNativeError: (v) => typeof Error.isError === 'function' ? Error.isError(v)
    : isObj(v) && objectToString(v) === '[object Error]',
  isNumberObject,
  isPromise: (v) => promiseState(v) !== undefined,
  isProxy: (v) => v !== null && (typeof v === 'object' || typeof v === 'function') && binding.isProxy(v),
  isRegExp,
  isSet,
  isSetIterator: (v) => isObj(v) && Object.getPrototypeOf(v) === SetIteratorProto,
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isWeakMap,
  isWeakSet,
  isAnyArrayBuffer: (v) => isArrayBuffer(v) || isSharedArrayBuffer(v),
  isBoxedPrimitive: (v) => isNumberObject(v) || isStringObject(v) || isBooleanObject(v) ||
    isBigIntObject(v) || isSymbolObject(v),
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
    const crypto = require('internal/core').loadedBuiltin('crypto');
    return !!(crypto && typeof crypto.KeyObject === 'function' && v instanceof crypto.KeyObject);
  },
  isCryptoKey(v) {
    // CryptoKey is not exported by node:crypto; its defining module is loaded once any key exists.
    const web = require('internal/core').loadedBuiltin('internal/crypto_webcrypto_keys');
    return !!(web && v instanceof web.CryptoKey);
  },
};

module.exports = { types, typedArrayName, promiseState, promiseResult, kUnknown };
