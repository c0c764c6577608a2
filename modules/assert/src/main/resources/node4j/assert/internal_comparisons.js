'use strict';
// Node's deep-equality algorithms: loose (assert.deepEqual) and strict (assert.deepStrictEqual,
// util.isDeepStrictEqual). Types are recognised by the engine's class of each object (internal/core
// classOf), not by prototypes or Symbol.toStringTag, so they cannot be spoofed.

const kLoose = 0;
const kStrict = 1;
const kStrictSkipPrototype = 2;   // strict, except that prototypes are not compared

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const objectTag = (o) => Object.prototype.toString.call(o);
const ObjectPrototype = Object.prototype;

const { classOf } = require('internal/core');
const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getter(TypedArrayProto, Symbol.toStringTag);

const is = (name) => (v) => classOf(v) === name;
const isDate = is('Date');
const isRegExp = is('RegExp');
const isMap = is('Map');
const isSet = is('Set');
const isWeakMap = is('WeakMap');
const isWeakSet = is('WeakSet');
const isArrayBuffer = is('ArrayBuffer');
const isSharedArrayBuffer = is('SharedArrayBuffer');
const isAnyBufferClass = (c) => c === 'ArrayBuffer' || c === 'SharedArrayBuffer';
const isAnyArrayBuffer = (v) => isAnyBufferClass(classOf(v));
const isArrayBufferView = (v) => ArrayBuffer.isView(v);
const isTypedArray = (v) => typedArrayTag.call(v) !== undefined;
const isNumberObject = is('Number');
const isStringObject = is('String');
const isBooleanObject = is('Boolean');
const isBigIntObject = is('BigInt');
const isSymbolObject = is('Symbol');
const kBoxed = new Set(['Number', 'String', 'Boolean', 'BigInt', 'Symbol']);
const isBoxedPrimitive = (v) => kBoxed.has(classOf(v));
// The classes an object of another class never equals (objectsEqual's last check).
const kBranded = new Set(['Date', 'RegExp', 'Error', 'Set', 'Map', 'ArrayBuffer', 'SharedArrayBuffer',
  'WeakMap', 'WeakSet', ...kBoxed]);
const isNativeError = is('Error');
const isErrorClass = (c, v) => c === 'Error' || v instanceof Error;
const isError = (v) => isErrorClass(classOf(v), v);

function isURL(v) {
  return v != null && typeof v.href === 'string' && typeof v.protocol === 'string' &&
    v.constructor && v.constructor.name === 'URL' && typeof v.searchParams === 'object';
}

function areSimilarRegExps(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// Large byte ranges are compared by Buffer.compare (Java) when the buffer module is present.
const kBulkBytes = 64;
let bufferCompare;
function bulkCompare() {
  if (bufferCompare === undefined) {
    try {
      bufferCompare = require('buffer').Buffer.compare;
    } catch {
      bufferCompare = null;
    }
  }
  return bufferCompare;
}

function areEqualBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  if (a.length >= kBulkBytes && bulkCompare() !== null) return bufferCompare(a, b) === 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// Loose: -0 equals +0 and NaN equals nothing. Identical bytes settle it unless there is a NaN.
function areSimilarFloatArrays(a, b) {
  if (a.length !== b.length) return false;
  if (areEqualBytes(bytesOf(a), bytesOf(b))) return !a.includes(NaN);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function isEqualBoxedPrimitive(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
}

/** Own non-index keys (typed arrays and arrays), enumerable only; with symbols in strict mode. */
// A canonical array index ('0', '17'; below 2 ** 32 - 1), read by character codes: a regular
// expression test per key costs far more in GraalJS.
function isIndexKey(k) {
  const n = k.length;
  if (n === 0 || n > 10) return false;
  const first = k.charCodeAt(0);
  if (first === 48) return n === 1;   // '0', but no leading zeros
  for (let i = 0; i < n; i++) {
    const c = k.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return n < 10 || Number(k) < 2 ** 32 - 1;
}

// What ownNonIndexKeys returns for an array whose own keys are exactly its indices and 'length':
// no holes (so no hasOwn per element) and nothing else to compare.
const kDenseArray = Object.freeze([]);

function ownNonIndexKeys(o, mode) {
  // Array-index keys come first, in ascending order (the spec's key order), then 'length' (an
  // array's first string key), then the other names, then symbols. One Reflect.ownKeys settles
  // an array with none of them (its ownKeys trap runs once, as Node's single native call does).
  if (Array.isArray(o)) {
    const keys = Reflect.ownKeys(o);
    if (keys.length === o.length + 1 && keys[o.length] === 'length') return kDenseArray;
  }
  // getOwnPropertyNames (unlike Object.keys, which checks every index for enumerability)
  // costs next to nothing on a 1e5-element typed array; only the tail is tested.
  const names = Object.getOwnPropertyNames(o);
  const out = [];
  let first = names.length;
  while (first > 0 && !isIndexKey(names[first - 1])) first--;
  for (let i = first; i < names.length; i++) if (isEnumerable(o, names[i])) out.push(names[i]);
  if (mode !== kLoose) {
    const symbols = Object.getOwnPropertySymbols(o);
    for (let i = 0; i < symbols.length; i++) if (isEnumerable(o, symbols[i])) out.push(symbols[i]);
  }
  return out;
}

function innerDeepEqual(a, b, mode, memos) {
  if (a === b) return a !== 0 || Object.is(a, b) || mode === kLoose;
  if (mode !== kLoose) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (mode === kStrict) {
      const proto = Object.getPrototypeOf(a);
      if (proto !== Object.getPrototypeOf(b)) return false;
      if (proto === ObjectPrototype || proto === null) return objectsEqual(a, b, mode, memos, true);
    }
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  return objectsEqual(a, b, mode, memos);
}

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;
const kIsDenseArray = 4;   // arrays without holes on both sides

const kTag = Symbol.toStringTag;

// `plain`: both objects have Object.prototype or no prototype (so neither is a crypto key).
function objectsEqual(a, b, mode, memos, plain) {
  if (!Array.isArray(a)) {
    // What Node compares as an ordinary object: no tag of its own or inherited and
    // '[object Object]' from toString, whatever its class (a Map whose prototype was replaced by
    // Object.prototype too). Its keys alone decide, with no class test (the tag reads are Node's).
    let tagA;
    if (a[kTag] === undefined && (tagA = objectTag(a)) === '[object Object]') {
      if (a[kTag] !== undefined && b[kTag] !== undefined ? a[kTag] !== b[kTag] : tagA !== objectTag(b)) return false;
      return keyCheck(a, b, mode, memos, kNoIterator);
    }
    if ((tagA ?? objectTag(a)) !== objectTag(b)) return false;
    return classedEqual(a, b, mode, memos, plain);
  }
  if (objectTag(a) !== objectTag(b) || !Array.isArray(b) || a.length !== b.length) return false;
  const keysA = ownNonIndexKeys(a, mode);
  const keysB = ownNonIndexKeys(b, mode);
  if (keysA.length !== keysB.length) return false;
  const dense = keysA === kDenseArray && keysB === kDenseArray;
  return keyCheck(a, b, mode, memos, dense ? kIsDenseArray : kIsArray, keysB);
}

/** Objects with equal tags other than '[object Object]': by the engine's class of each. */
function classedEqual(a, b, mode, memos, plain) {
  const ca = classOf(a);
  const cb = classOf(b);
  // Sets and maps first, in Node's order of tests (before errors: no instanceof for them).
  if (ca === 'Set') {
    if (cb !== 'Set' || a.size !== b.size) return false;
    return keyCheck(a, b, mode, memos, kIsSet);
  } else if (ca === 'Map') {
    if (cb !== 'Map' || a.size !== b.size) return false;
    return keyCheck(a, b, mode, memos, kIsMap);
  }
  // Ordinary objects skip the other classes' tests (same checks, same order).
  if (ca === 'Object' && cb === 'Object' && !(a instanceof Error)) {
    if (b instanceof Error) return false;
    return ordinaryEqual(a, b, mode, memos, plain, ca, cb);
  }
  if (ca === 'Date') {
    // Invalid dates (NaN time) equal each other.
    if (cb !== 'Date' || !Object.is(Date.prototype.getTime.call(a), Date.prototype.getTime.call(b))) return false;
  } else if (ca === 'RegExp') {
    if (cb !== 'RegExp' || !areSimilarRegExps(a, b)) return false;
  } else if (isErrorClass(ca, a)) {
    if (!isErrorClass(cb, b) || !isEqualError(a, b, mode, memos)) return false;
  } else if (isArrayBufferView(a)) {
    if (!isArrayBufferView(b)) return false;
    if (isTypedArray(a) !== isTypedArray(b)) return false;
    if (isTypedArray(a) && typedArrayTag.call(a) !== typedArrayTag.call(b)) return false;   // not spoofable
    if (mode === kLoose && (a instanceof Float32Array || a instanceof Float64Array ||
        (typeof Float16Array === 'function' && a instanceof Float16Array))) {
      if (!areSimilarFloatArrays(a, b)) return false;
    } else if (!areEqualBytes(bytesOf(a), bytesOf(b))) {
      return false;
    }
    const keysA = ownNonIndexKeys(a, mode);
    const keysB = ownNonIndexKeys(b, mode);
    if (keysA.length !== keysB.length) return false;
    return keyCheck(a, b, mode, memos, kNoIterator, keysB);
  } else if (isAnyBufferClass(ca)) {
    if (!isAnyBufferClass(cb) || !areEqualBytes(new Uint8Array(a), new Uint8Array(b))) return false;
  } else if (kBoxed.has(ca)) {
    if (!isEqualBoxedPrimitive(a, b)) return false;
  } else if (ca === 'WeakMap' || ca === 'WeakSet') {
    // Their contents cannot be read: distinct instances are never equal.
    return false;
  } else if (kBranded.has(cb) || Array.isArray(b) || isArrayBufferView(b) || b instanceof Error) {
    return false;
  } else {
    return ordinaryEqual(a, b, mode, memos, plain, ca, cb);
  }
  return keyCheck(a, b, mode, memos, kNoIterator);
}

/** Objects of no class objectsEqual singles out (and not errors): URLs, promises, keys, the rest. */
function ordinaryEqual(a, b, mode, memos, plain, ca, cb) {
  if (isURL(a)) {
    if (!isURL(b) || a.href !== b.href) return false;
  } else {
    const opaque = opaqueEqual(a, b, mode, memos, plain, ca, cb);
    if (opaque !== undefined) return opaque;
  }
  return keyCheck(a, b, mode, memos, kNoIterator);
}

// util/types when present (it knows crypto keys); null without the util module.
let utilTypes;
function opaqueTypes() {
  if (utilTypes === undefined) {
    try {
      utilTypes = require('util/types');
    } catch {
      utilTypes = null;
    }
  }
  return utilTypes;
}

const isPromise = is('Promise');

/** A promise or crypto key (state that keys do not show), as another object must not pass. */
function isOpaque(v) {
  if (isPromise(v)) return true;
  const t = opaqueTypes();
  return t !== null && (t.isKeyObject(v) || t.isCryptoKey(v));
}

// Promises (distinct ones are never equal) and crypto keys (equal key material and
// attributes); undefined for other objects. Keys are class instances: objects with a `plain`
// prototype are not asked about them (each question is a look-up in the module cache).
// `ca` and `cb` are the classes of a and b.
function opaqueEqual(a, b, mode, memos, plain, ca, cb) {
  if (ca === 'Promise' || cb === 'Promise') return false;
  if (plain === true) return undefined;
  const t = opaqueTypes();
  if (t === null) return undefined;
  if (t.isKeyObject(a) || t.isKeyObject(b)) return t.isKeyObject(a) && t.isKeyObject(b) && a.equals(b);
  if (!t.isCryptoKey(a) && !t.isCryptoKey(b)) return undefined;
  if (!t.isCryptoKey(a) || !t.isCryptoKey(b) || a.type !== b.type || a.extractable !== b.extractable ||
      !innerDeepEqual(a.algorithm, b.algorithm, mode, memos) || !innerDeepEqual(a.usages, b.usages, mode, memos)) {
    return false;
  }
  const { KeyObject } = require('crypto');
  return KeyObject.from(a).equals(KeyObject.from(b));
}

function isEqualError(a, b, mode, memos) {
  for (const k of ['message', 'name']) {
    const enumA = isEnumerable(a, k);
    if (enumA !== isEnumerable(b, k)) return false;
    if (!enumA && a[k] !== b[k]) return false;   // enumerable ones are compared with the keys
  }
  for (const k of ['cause', 'errors']) {
    const ownA = hasOwn(a, k);
    if (ownA !== hasOwn(b, k)) return false;
    if (ownA && !isEnumerable(a, k) && !innerDeepEqual(a[k], b[k], mode, memos)) return false;
  }
  return true;
}

function enumerableSymbols(o) {
  const symbols = Object.getOwnPropertySymbols(o);
  if (symbols.length === 0) return symbols;
  const out = [];
  for (let i = 0; i < symbols.length; i++) if (isEnumerable(o, symbols[i])) out.push(symbols[i]);
  return out;
}

function keyCheck(a, b, mode, memos, iterationType, keysB) {
  let keysA;
  if (keysB === undefined) {
    keysB = Object.keys(b);
    keysA = Object.keys(a);
    if (keysB.length !== keysA.length) return false;
    if (mode !== kLoose) {
      const symA = enumerableSymbols(a);
      const symB = enumerableSymbols(b);
      if (symA.length !== symB.length) return false;
      if (symB.length !== 0) keysB = keysB.concat(symB);
    }
  }
  // A key of b at the same place in a's Object.keys is an enumerable own key of a; the others
  // are asked (keys in another order, symbols, arrays' and typed arrays' names).
  for (let i = 0; i < keysB.length; i++) {
    const k = keysB[i];
    if ((keysA === undefined || keysA[i] !== k) && !isEnumerable(a, k)) return false;
  }

  if (keysB.length === 0 && (iterationType === kNoIterator ||
      ((iterationType === kIsArray || iterationType === kIsDenseArray) && b.length === 0) ||
      b.size === 0)) {
    return true;
  }

  if (memos === null) {
    // Without a path (see kUntrackedDepth); compare() catches kTooDeep and restores the depth.
    if (untrackedDepth >= kUntrackedDepth) throw kTooDeep;
    untrackedDepth++;
    const result = objEquiv(a, b, mode, keysB, null, iterationType);
    untrackedDepth--;
    return result;
  }
  // Circular structures: `memos` holds the objects of both sides on the current path. A pair
  // whose objects are both on it closes a cycle on each side (equal); only one: unequal.
  if (memos === undefined) memos = { stack: [], set: undefined };
  const hadA = onPath(memos, a);
  const hadB = onPath(memos, b);
  if (hadA || hadB) return hadA && hadB;
  enterPath(memos, a, b);
  const result = objEquiv(a, b, mode, keysB, memos, iterationType);
  leavePath(memos, a, b);
  return result;
}

// A comparison first runs without a path (memos null): without a cycle no object is met again
// on the path, so the path changes no result, and keeping it costs more than comparing small
// objects. Deeper than kUntrackedDepth (which a cycle reaches), the comparison starts over with
// a path, so getters there run twice (Node too starts over when a cycle overflows its stack).
// 32 levels stay well inside small thread stacks.
const kUntrackedDepth = 32;
const kTooDeep = Symbol('kTooDeep');
let untrackedDepth = 0;

function compare(a, b, mode) {
  const outer = untrackedDepth;   // a getter may compare inside a comparison
  untrackedDepth = 0;
  try {
    return innerDeepEqual(a, b, mode, null);
  } catch (err) {
    if (err !== kTooDeep) throw err;
    return innerDeepEqual(a, b, mode, undefined);
  } finally {
    untrackedDepth = outer;
  }
}

// The path: a stack of the pairs entered (never an object twice: a pair with one already on it
// returns before entering), scanned while short; a Set indexes it once it is long (deep or long
// linked structures). A Set per comparison costs more in GraalJS than the whole of a small one.
const kPathScan = 64;
function onPath(memos, v) {
  return memos.set === undefined ? memos.stack.includes(v) : memos.set.has(v);
}
function enterPath(memos, a, b) {
  memos.stack.push(a, b);
  if (memos.set !== undefined) {
    memos.set.add(a);
    memos.set.add(b);
  } else if (memos.stack.length > kPathScan) {
    memos.set = new Set(memos.stack);
  }
}
function leavePath(memos, a, b) {
  memos.stack.length -= 2;
  if (memos.set !== undefined) {
    memos.set.delete(a);
    memos.set.delete(b);
  }
}

function objEquiv(a, b, mode, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, mode, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, mode, memos)) return false;
  } else if (iterationType === kIsDenseArray) {
    for (let i = 0; i < a.length; i++) {
      if (!innerDeepEqual(a[i], b[i], mode, memos)) return false;
    }
  } else if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      const inA = hasOwn(a, i);
      const inB = hasOwn(b, i);
      if (inA !== inB) return false;   // a hole only equals a hole, in both modes
      if (!innerDeepEqual(a[i], b[i], mode, memos)) return false;
    }
  }
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (!innerDeepEqual(a[k], b[k], mode, memos)) return false;
  }
  return true;
}

const isObjectLike = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';

/** Pairs each of `left` with a distinct deep-equal entry of `right` (both arrays). */
function matchAll(left, right, equal) {
  const used = new Array(right.length).fill(false);
  outer: for (const x of left) {
    for (let j = 0; j < right.length; j++) {
      if (!used[j] && equal(x, right[j])) { used[j] = true; continue outer; }
    }
    return false;
  }
  return true;
}

function setEquiv(a, b, mode, memos) {
  const restA = [];
  for (const v of a) {
    if (isObjectLike(v) || !b.has(v)) {
      if (!isObjectLike(v) && mode !== kLoose) return false;
      if (isObjectLike(v) && b.has(v)) continue;
      restA.push(v);
    }
  }
  if (restA.length === 0) return true;
  const restB = [];
  for (const v of b) if (!a.has(v)) restB.push(v);
  if (restA.length !== restB.length) return false;
  return matchAll(restA, restB, (x, y) => innerDeepEqual(x, y, mode, memos));
}

// The entries of `b` that an entry of `a` under the same key matched are left out of the
// pairing; they are found again only when some entry did not match (no Set per comparison:
// it costs more in GraalJS than comparing a small map).
function mapEquiv(a, b, mode, memos) {
  let restA;
  for (const e of a) {
    const k = e[0];
    const v = e[1];
    if (b.has(k) && innerDeepEqual(v, b.get(k), mode, memos)) continue;
    if (!isObjectLike(k) && mode !== kLoose) return false;
    (restA ??= []).push(e);
  }
  if (restA === undefined) return true;
  const restB = [];
  for (const e of b) {
    const k = e[0];
    if (!a.has(k) || !innerDeepEqual(a.get(k), e[1], mode, memos)) restB.push(e);
  }
  if (restA.length !== restB.length) return false;
  return matchAll(restA, restB, (x, y) =>
    innerDeepEqual(x[0], y[0], mode, memos) && innerDeepEqual(x[1], y[1], mode, memos));
}

function isDeepEqual(a, b) {
  return compare(a, b, kLoose);
}

function isDeepStrictEqual(a, b, skipPrototype) {
  return compare(a, b, skipPrototype ? kStrictSkipPrototype : kStrict);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
  // For assert.partialDeepStrictEqual and the diff printer.
  types: {
    isDate, isRegExp, isMap, isSet, isWeakMap, isWeakSet, isArrayBuffer, isSharedArrayBuffer,
    isAnyArrayBuffer, isArrayBufferView, isTypedArray, isBoxedPrimitive, isNativeError, isError,
    isNumberObject, isStringObject, isBooleanObject, isBigIntObject, isSymbolObject, isURL,
  },
  ownNonIndexKeys: (o) => ownNonIndexKeys(o, kStrict),
  isOpaque,
  typedArrayType: (v) => typedArrayTag.call(v),
};
