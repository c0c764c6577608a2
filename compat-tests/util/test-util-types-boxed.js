// covers: util.types.isBoxedPrimitive, util.types.isNumberObject, util.types.isStringObject, util.types.isBooleanObject, util.types.isBigIntObject, util.types.isSymbolObject
'use strict';
const common = require('../common');
const assert = require('assert');
const { types } = require('util');

assert.strictEqual(types.isNumberObject(new Number(1)), true);
assert.strictEqual(types.isNumberObject(1), false);
assert.strictEqual(types.isStringObject(new String('')), true);
assert.strictEqual(types.isStringObject(''), false);
assert.strictEqual(types.isBooleanObject(new Boolean(false)), true);
assert.strictEqual(types.isBooleanObject(false), false);
assert.strictEqual(types.isBigIntObject(Object(1n)), true);
assert.strictEqual(types.isBigIntObject(1n), false);
assert.strictEqual(types.isSymbolObject(Object(Symbol())), true);
assert.strictEqual(types.isSymbolObject(Symbol()), false);
for (const v of [new Number(1), new String(''), new Boolean(true), Object(1n), Object(Symbol())]) {
  assert.strictEqual(types.isBoxedPrimitive(v), true);
}
for (const v of [1, '', true, 1n, Symbol(), {}, null, undefined]) {
  assert.strictEqual(types.isBoxedPrimitive(v), false);
}
assert.ok(common);
