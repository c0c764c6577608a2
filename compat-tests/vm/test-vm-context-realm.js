// covers: vm.runInNewContext, vm.Script.prototype.runInContext, vm.Script.prototype.runInNewContext
// covers: vm.constants.DONT_CONTEXTIFY, vm.compileFunction
'use strict';
require('../common');
const assert = require('assert');
const vm = require('vm');

// Objects made in a new context come from another realm: other builtins and prototypes.
const obj = vm.runInNewContext('({ a: 1 })');
assert.notStrictEqual(Object.getPrototypeOf(obj), Object.prototype);
assert.strictEqual(obj instanceof Object, false);
assert.deepStrictEqual({ ...obj }, { a: 1 });
const arr = vm.runInNewContext('[1, 2, 3]');
assert.strictEqual(Array.isArray(arr), true);
assert.strictEqual(arr instanceof Array, false);
assert.notStrictEqual(vm.runInNewContext('Array'), Array);

// Errors thrown there are instances of that realm's classes.
const ctx = vm.createContext();
const OtherTypeError = vm.runInContext('TypeError', ctx);
assert.throws(() => vm.runInContext('null.x', ctx), (err) => {
  assert.strictEqual(err instanceof TypeError, false);
  assert.strictEqual(err instanceof OtherTypeError, true);
  assert.strictEqual(err.name, 'TypeError');
  return true;
});

// runInNewContext can be called with `new`, and writes back to the object it is given.
const made = new vm.runInNewContext('new Set([1, 2])');
assert.strictEqual(made.size, 2);
const target = { y: 2 };
assert.strictEqual(vm.runInNewContext('x = y * 21; x', target), 42);
assert.strictEqual(target.x, 42);

// A Script runs in any number of contexts; each keeps its own globals.
const script = new vm.Script('counter = (typeof counter === "number" ? counter : 0) + 1');
const c1 = vm.createContext({});
const c2 = vm.createContext({ counter: 10 });
script.runInContext(c1);
script.runInContext(c1);
script.runInContext(c2);
assert.strictEqual(c1.counter, 2);
assert.strictEqual(c2.counter, 11);
const fresh = {};
assert.strictEqual(script.runInNewContext(fresh), 1);
assert.strictEqual(fresh.counter, 1);

// The file name given shows in stack traces.
assert.throws(() => vm.runInNewContext('\nthrow new Error("boom")', {}, { filename: 'in-context.js' }),
              (err) => /in-context\.js:2/.test(err.stack));

// DONT_CONTEXTIFY: the context's own global object is returned.
const globalObj = vm.createContext(vm.constants.DONT_CONTEXTIFY);
assert.strictEqual(vm.isContext(globalObj), true);
assert.strictEqual(vm.runInContext('globalThis', globalObj), globalObj);
vm.runInContext('var fromScript = 5', globalObj);
assert.strictEqual(globalObj.fromScript, 5);
assert.strictEqual(typeof globalObj.Array, 'function');
assert.notStrictEqual(globalObj.Array, Array);

// compileFunction with a parsingContext: the function reads that context's globals.
const fnCtx = vm.createContext({ base: 40 });
const add = vm.compileFunction('return base + n', ['n'], { parsingContext: fnCtx });
assert.strictEqual(add(2), 42);
assert.strictEqual(add.constructor, vm.runInContext('Function', fnCtx));
