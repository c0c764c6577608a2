// covers: vm.createContext, vm.isContext, vm.runInContext
'use strict';
require('../common');
const assert = require('assert');
const vm = require('vm');

// The contextified object is returned as is and is recognised as a context.
const sandbox = { count: 1, list: [1] };
assert.strictEqual(vm.createContext(sandbox), sandbox);
assert.strictEqual(vm.createContext(sandbox), sandbox);   // already a context
assert.strictEqual(vm.isContext(sandbox), true);
assert.strictEqual(vm.isContext({}), false);

// Reads see the sandbox; assignments and sloppy-mode globals land on it.
assert.strictEqual(vm.runInContext('count + list.length', sandbox), 2);
vm.runInContext('count = 5; created = "yes"; globalThis.viaGlobal = 7', sandbox);
assert.strictEqual(sandbox.count, 5);
assert.strictEqual(sandbox.created, 'yes');
assert.strictEqual(sandbox.viaGlobal, 7);

// var and function declarations become sandbox properties too.
vm.runInContext('var declared = 3; function helper() { return declared * 2; }', sandbox);
assert.strictEqual(sandbox.declared, 3);
assert.strictEqual(typeof sandbox.helper, 'function');
assert.strictEqual(sandbox.helper(), 6);

// Changes made from outside are seen by the next run.
sandbox.count = 40;
sandbox.added = 2;
assert.strictEqual(vm.runInContext('count + added', sandbox), 42);

// Functions made in the context read the sandbox when they run.
const read = vm.runInContext('(function () { return count; })', sandbox);
sandbox.count = 99;
assert.strictEqual(read(), 99);

// A sandbox property shadows the context's own builtin of that name.
const shadow = vm.createContext({ Array: 'not the builtin' });
assert.strictEqual(vm.runInContext('Array', shadow), 'not the builtin');
assert.strictEqual(vm.runInContext('typeof Object', shadow), 'function');

// Lexical declarations stay in the context (not on the sandbox) and persist between runs.
vm.runInContext('let hidden = 11; const fixed = 12;', sandbox);
assert.strictEqual('hidden' in sandbox, false);
assert.strictEqual(vm.runInContext('hidden + fixed', sandbox), 23);

// Strict code cannot create globals by assignment.
assert.throws(() => vm.runInContext('"use strict"; undeclaredName = 1', sandbox),
              (err) => err.name === 'ReferenceError');

// The context's global object is not the sandbox.
assert.notStrictEqual(vm.runInContext('this', sandbox), sandbox);
assert.strictEqual(vm.runInContext('this.count', sandbox), 99);

// Node globals are not there: a context starts with the language builtins only.
assert.strictEqual(vm.runInNewContext('typeof require + typeof process + typeof Buffer'),
                   'undefinedundefinedundefined');
