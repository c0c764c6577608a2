'use strict';
// assert.partialDeepStrictEqual: `expected` must be a strict subset of `actual` — object keys a
// subset, arrays (and typed arrays) an in-order subsequence, Set and Map entries a subset.

const { isDeepStrictEqual, types, ownNonIndexKeys, isOpaque, typedArrayType } = require('internal/comparisons');

const isObject = (v) => typeof v === 'object' && v !== null;

function isPartialEqual(actual, expected, seen = new Set()) {
  if (actual === expected && isObject(actual)) return true;   // primitives: 0 and -0 differ
  if (!isObject(actual) || !isObject(expected)) return isDeepStrictEqual(actual, expected);
  if (Array.isArray(actual) !== Array.isArray(expected)) return false;
  // Cycles, as deep equality sees them: `seen` holds the objects of both sides on the current
  // path; a pair with both on it closes a cycle on each side (equal), with one only: unequal.
  const hadA = seen.has(actual);
  const hadE = seen.has(expected);
  if (hadA || hadE) return hadA && hadE;
  seen.add(actual);
  seen.add(expected);
  try {
    return compare(actual, expected, seen);
  } finally {
    seen.delete(actual);
    seen.delete(expected);
  }
}

const isArguments = (v) => Object.prototype.toString.call(v) === '[object Arguments]';

function compare(actual, expected, seen) {
  if (isArguments(actual) !== isArguments(expected)) return false;
  if (Array.isArray(expected)) {
    // Never longer than actual, holes included.
    return expected.length <= actual.length && isArraySubsequence(actual, expected, seen) &&
      keysSubset(actual, expected, seen, true);
  }
  if (types.isTypedArray(expected)) {
    if (!types.isTypedArray(actual) || typedArrayType(actual) !== typedArrayType(expected)) return false;
    // Same type and the same bytes: every element matches (Object.is), so skip the element walk.
    if (actual.length === expected.length && isDeepStrictEqual(actual, expected)) return true;
    return isArraySubsequence(actual, expected, seen) && keysSubset(actual, expected, seen, true);
  }
  if (types.isSet(expected)) {
    if (!types.isSet(actual)) return false;
    const pool = [];
    for (const v of actual) if (isObject(v)) pool.push(v);
    for (const v of expected) {
      if (actual.has(v)) continue;
      if (!isObject(v) || !takeMatch(pool, (x) => isPartialEqual(x, v, seen))) return false;
    }
    return keysSubset(actual, expected, seen, false);
  }
  if (types.isMap(expected)) {
    if (!types.isMap(actual)) return false;
    const pool = [];
    for (const [k, v] of actual) if (isObject(k)) pool.push([k, v]);
    for (const [k, v] of expected) {
      if (actual.has(k)) {
        if (!isPartialEqual(actual.get(k), v, seen)) return false;
        continue;
      }
      if (!isObject(k) ||
          !takeMatch(pool, ([ak, av]) => isDeepStrictEqual(ak, k) && isPartialEqual(av, v, seen))) return false;
    }
    return keysSubset(actual, expected, seen, false);
  }
  if (types.isAnyArrayBuffer(expected)) {
    // Bytes as with a Uint8Array (an in-order subsequence), of the same kind of buffer.
    if (!types.isAnyArrayBuffer(actual) ||
        types.isSharedArrayBuffer(actual) !== types.isSharedArrayBuffer(expected)) return false;
    return compare(new Uint8Array(actual), new Uint8Array(expected), seen) && keysSubset(actual, expected, seen, false);
  }
  if (types.isError(expected)) return isPartialError(actual, expected, seen);
  if (types.isDate(expected) || types.isRegExp(expected) || types.isBoxedPrimitive(expected) ||
      types.isURL(expected) || isOpaque(expected) || isOpaque(actual) || types.isWeakMap(expected) ||
      types.isWeakSet(expected) || types.isArrayBufferView(expected)) {
    return isDeepStrictEqual(actual, expected);
  }
  if (types.isSet(actual) || types.isMap(actual) || types.isTypedArray(actual)) return false;
  return keysSubset(actual, expected, seen, false);
}

// Errors: same prototype; message, cause and errors (AggregateError) only where expected has
// them as own properties (an Error made without a message has none); then the enumerable keys.
function isPartialError(actual, expected, seen) {
  if (!types.isError(actual) || Object.getPrototypeOf(actual) !== Object.getPrototypeOf(expected)) return false;
  for (const key of ['name', 'message', 'cause', 'errors']) {
    if (!Object.hasOwn(expected, key)) continue;
    if (!Object.hasOwn(actual, key) || !isPartialEqual(actual[key], expected[key], seen)) return false;
  }
  return keysSubset(actual, expected, seen, false);
}

function takeMatch(pool, test) {
  const i = pool.findIndex(test);
  if (i === -1) return false;
  pool.splice(i, 1);
  return true;
}

// Elements: the values at expected's present indices appear at actual's present indices in the
// same order; holes are skipped. Dense parts are walked by index; from the first hole on only the
// present indices (Object.keys) are visited, so a sparse array of length 1e8 stays cheap.
function isArraySubsequence(actual, expected, seen) {
  let pos = 0;
  for (let i = 0; i < expected.length; i++) {
    if (!Object.hasOwn(expected, i)) return isKeyedSubsequence(actual, expected, pos, i, seen);
    for (;;) {
      if (pos === actual.length) return false;
      if (!Object.hasOwn(actual, pos)) return isKeyedSubsequence(actual, expected, pos, i, seen);
      if (isPartialEqual(actual[pos++], expected[i], seen)) break;
    }
  }
  return true;
}

function isKeyedSubsequence(actual, expected, pos, i, seen) {
  const have = presentIndices(actual, pos);
  let p = 0;
  for (const k of presentIndices(expected, i)) {
    while (p < have.length && !isPartialEqual(actual[have[p]], expected[k], seen)) p++;
    if (p === have.length) return false;
    p++;
  }
  return true;
}

const isIndexKey = (k) => /^(0|[1-9][0-9]*)$/.test(k) && Number(k) < 2 ** 32 - 1;

/** The array's own index keys from `from` on, ascending (they lead the key order). */
function presentIndices(array, from) {
  const out = [];
  for (const k of Object.keys(array)) {
    if (!isIndexKey(k)) break;
    if (Number(k) >= from) out.push(Number(k));
  }
  return out;
}

// The enumerable own keys of expected (without array indices when skipIndices) hold partially
// equal values in actual.
function keysSubset(actual, expected, seen, skipIndices) {
  const keys = skipIndices ? ownNonIndexKeys(expected) : [...Object.keys(expected),
    ...Object.getOwnPropertySymbols(expected).filter((s) => Object.prototype.propertyIsEnumerable.call(expected, s))];
  for (const k of keys) {
    if (!Object.prototype.propertyIsEnumerable.call(actual, k)) return false;
    if (!isPartialEqual(actual[k], expected[k], seen)) return false;
  }
  return true;
}

module.exports = { isPartialEqual };
