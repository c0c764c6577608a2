// covers: util.deprecate, process.on
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

const warnings = [];
process.on('warning', (w) => warnings.push(w));
const add = util.deprecate(function add(a, b) { return a + b; }, 'add() is deprecated', 'DEP_N4J_1');
assert.strictEqual(add(1, 2), 3);
assert.strictEqual(add(2, 2), 4);
// Another function with the same code: warned only once per code.
const other = util.deprecate(() => 'o', 'other message', 'DEP_N4J_1');
other();
// No code: warned once per wrapper.
const nocode = util.deprecate(() => 'n', 'no code');
nocode();
nocode();
// Works as a constructor too.
const Ctor = util.deprecate(class Thing { constructor() { this.v = 1; } }, 'Thing is deprecated');
assert.strictEqual(new Ctor().v, 1);
process.on('exit', () => {
  const mine = warnings.map((w) => [w.name, w.message, w.code]);
  assert.deepStrictEqual(mine, [
    ['DeprecationWarning', 'add() is deprecated', 'DEP_N4J_1'],
    ['DeprecationWarning', 'no code', undefined],
    ['DeprecationWarning', 'Thing is deprecated', undefined],
  ]);
});
// A code that is not a string is rejected.
assert.throws(() => util.deprecate(() => {}, 'msg', 5), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
