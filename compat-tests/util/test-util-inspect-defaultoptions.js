// covers: util.inspect.defaultOptions, util.inspect
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

const saved = { ...util.inspect.defaultOptions };
assert.strictEqual(saved.depth, 2);
assert.strictEqual(saved.colors, false);
assert.strictEqual(saved.showHidden, false);
assert.strictEqual(saved.maxArrayLength, 100);
assert.strictEqual(saved.breakLength, 80);
assert.strictEqual(saved.compact, 3);
try {
  util.inspect.defaultOptions.depth = 0;
  assert.strictEqual(util.inspect({ a: { b: 1 } }), '{ a: [Object] }');
  // Assigning an object merges it.
  util.inspect.defaultOptions = { maxArrayLength: 1 };
  assert.strictEqual(util.inspect([1, 2]), '[ 1, ... 1 more item ]');
  assert.strictEqual(util.inspect.defaultOptions.depth, 0);
} finally {
  util.inspect.defaultOptions = saved;
}
assert.strictEqual(util.inspect({ a: { b: 1 } }), '{ a: { b: 1 } }');
assert.throws(() => { util.inspect.defaultOptions = null; }, common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
}));

// The defaults are sealed: values change, keys are never added or deleted.
assert.ok(Object.isSealed(util.inspect.defaultOptions));
assert.throws(() => { util.inspect.defaultOptions = { notAnOption: 1 }; }, TypeError);
assert.strictEqual('notAnOption' in util.inspect.defaultOptions, false);
assert.throws(() => { 'use strict'; delete util.inspect.defaultOptions.depth; }, TypeError);
assert.strictEqual(util.inspect({ a: { b: { c: { d: 1 } } } }), '{ a: { b: { c: [Object] } } }');
