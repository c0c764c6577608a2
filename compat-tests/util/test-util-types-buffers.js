// covers: util.types.isArrayBuffer, util.types.isSharedArrayBuffer, util.types.isAnyArrayBuffer, util.types.isArrayBufferView, util.types.isDataView, util.types.isTypedArray, util.types.isUint8Array, util.types.isUint8ClampedArray, util.types.isUint16Array, util.types.isUint32Array, util.types.isInt8Array, util.types.isInt16Array, util.types.isInt32Array, util.types.isFloat32Array, util.types.isFloat64Array, util.types.isBigInt64Array, util.types.isBigUint64Array, util.types.isFloat16Array
'use strict';
const common = require('../common');
const assert = require('assert');
const { types } = require('util');

const ab = new ArrayBuffer(8);
assert.strictEqual(types.isArrayBuffer(ab), true);
assert.strictEqual(types.isAnyArrayBuffer(ab), true);
assert.strictEqual(types.isSharedArrayBuffer(ab), false);
if (typeof SharedArrayBuffer === 'function') {
  const sab = new SharedArrayBuffer(8);
  assert.strictEqual(types.isSharedArrayBuffer(sab), true);
  assert.strictEqual(types.isArrayBuffer(sab), false);
  assert.strictEqual(types.isAnyArrayBuffer(sab), true);
}
const dv = new DataView(ab);
assert.strictEqual(types.isDataView(dv), true);
assert.strictEqual(types.isArrayBufferView(dv), true);
assert.strictEqual(types.isTypedArray(dv), false);
const checks = {
  isUint8Array: Uint8Array, isUint8ClampedArray: Uint8ClampedArray, isUint16Array: Uint16Array,
  isUint32Array: Uint32Array, isInt8Array: Int8Array, isInt16Array: Int16Array,
  isInt32Array: Int32Array, isFloat32Array: Float32Array, isFloat64Array: Float64Array,
  isBigInt64Array: BigInt64Array, isBigUint64Array: BigUint64Array,
};
for (const [fn, Ctor] of Object.entries(checks)) {
  const ta = new Ctor(ab);
  assert.strictEqual(types[fn](ta), true, fn);
  assert.strictEqual(types.isTypedArray(ta), true, fn);
  assert.strictEqual(types.isArrayBufferView(ta), true, fn);
  // Every other checker says no.
  for (const other of Object.keys(checks)) {
    if (other !== fn) assert.strictEqual(types[other](ta), false, `${other}(${fn})`);
  }
}
assert.strictEqual(types.isUint8Array(Buffer.alloc(1)), true);
assert.strictEqual(types.isTypedArray([]), false);
assert.strictEqual(typeof types.isFloat16Array, 'function');
if (typeof Float16Array === 'function') assert.strictEqual(types.isFloat16Array(new Float16Array(1)), true);
assert.strictEqual(types.isFloat16Array(new Float32Array(1)), false);
assert.ok(common);
