// covers: util.types.isAsyncFunction, util.types.isGeneratorFunction, util.types.isGeneratorObject, util.types.isArgumentsObject, util.types.isMapIterator, util.types.isSetIterator, util.types.isModuleNamespaceObject, util.types.isExternal, util.types.isKeyObject, util.types.isCryptoKey
'use strict';
const common = require('../common');
const assert = require('assert');
const { types } = require('util');

assert.strictEqual(types.isAsyncFunction(async () => {}), true);
assert.strictEqual(types.isAsyncFunction(async function* () {}), true);
assert.strictEqual(types.isAsyncFunction(() => Promise.resolve()), false);
assert.strictEqual(types.isGeneratorFunction(function* () {}), true);
assert.strictEqual(types.isGeneratorFunction(async function* () {}), true);
assert.strictEqual(types.isGeneratorFunction(function() {}), false);
assert.strictEqual(types.isGeneratorObject((function* () {})()), true);
assert.strictEqual(types.isGeneratorObject({ next() {} }), false);
(function() { assert.strictEqual(types.isArgumentsObject(arguments), true); })();
assert.strictEqual(types.isArgumentsObject([]), false);
assert.strictEqual(types.isMapIterator(new Map().keys()), true);
assert.strictEqual(types.isMapIterator(new Set().keys()), false);
assert.strictEqual(types.isSetIterator(new Set().values()), true);
assert.strictEqual(types.isSetIterator([].values()), false);
assert.strictEqual(types.isModuleNamespaceObject(require('util')), false);
assert.strictEqual(types.isExternal({}), false);
assert.strictEqual(types.isKeyObject({}), false);
assert.strictEqual(types.isCryptoKey({}), false);
assert.ok(common);
