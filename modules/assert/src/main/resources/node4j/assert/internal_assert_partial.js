'use strict';
// assert.partialDeepStrictEqual: `expected` must be a strict subset of `actual` — object keys a
// subset, arrays (and typed arrays) an in-order subsequence, Set and Map entries a subset.

const { isDeepStrictEqual, types } = require('internal/comparisons');

const isObject = (v) => typeof v === 'object' && v !== null;

function isPartialEqual(actual, expected, seen = new Map()) {
  if (!isObject(actual) || !isObject(expected)) return isDeepStrictEqual(actual, expected);
  if (Array.isArray(actual) !== Array.isArray(expected)) return false;
  // Cycles: a pair already under comparison is taken as equal.
  let pairs = seen.get(actual);
  if (pairs && pairs.has(expected)) return true;
  if (!pairs) seen.set(actual, pairs = new Set());
  pairs.add(expected);
  try {
    return compare(actual, expected, seen);
  } finally {
    pairs.delete(expected);
  }
}

function compare(actual, expected, seen) {
  if (Array.isArray(expected)) {
    return isSubsequence(actual, expected, seen) && keysSubset(actual, expected, seen, true);
  }
  if (types.isTypedArray(expected)) {
    if (!types.isTypedArray(actual) ||
        Object.prototype.toString.call(actual) !== Object.prototype.toString.call(expected)) return false;
    return isSubsequence(Array.from(actual), Array.from(expected), seen, true);
  }
  if (types.isSet(expected)) {
    if (!types.isSet(actual)) return false;
    const pool = [];
    for (const v of actual) if (isObject(v)) pool.push(v);
    for (const v of expected) {
      if (actual.has(v)) continue;
      if (!isObject(v) || !takeMatch(pool, (x) => isPartialEqual(x, v, seen))) return false;
    }
    return true;
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
    return true;
  }
  if (types.isDate(expected) || types.isRegExp(expected) || types.isBoxedPrimitive(expected) ||
      types.isAnyArrayBuffer(expected) || types.isError(expected) || types.isWeakMap(expected) ||
      types.isWeakSet(expected) || types.isArrayBufferView(expected)) {
    return isDeepStrictEqual(actual, expected);
  }
  if (types.isSet(actual) || types.isMap(actual) || types.isTypedArray(actual)) return false;
  return keysSubset(actual, expected, seen, false);
}

function takeMatch(pool, test) {
  const i = pool.findIndex(test);
  if (i === -1) return false;
  pool.splice(i, 1);
  return true;
}

function isSubsequence(actual, expected, seen) {
  let i = 0;
  for (const want of expected) {
    while (i < actual.length && !isPartialEqual(actual[i], want, seen)) i++;
    if (i === actual.length) return false;
    i++;
  }
  return true;
}

function keysSubset(actual, expected, seen, skipIndices) {
  const keys = [...Object.keys(expected),
    ...Object.getOwnPropertySymbols(expected).filter((s) => Object.prototype.propertyIsEnumerable.call(expected, s))];
  for (const k of keys) {
    if (skipIndices && typeof k === 'string' && /^(0|[1-9][0-9]*)$/.test(k)) continue;
    if (!Object.prototype.propertyIsEnumerable.call(actual, k)) return false;
    if (!isPartialEqual(actual[k], expected[k], seen)) return false;
  }
  return true;
}

module.exports = { isPartialEqual };
