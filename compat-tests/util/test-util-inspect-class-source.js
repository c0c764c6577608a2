// covers: util.inspect
'use strict';
require('../common');
const assert = require('assert');
const { inspect } = require('util');

// Classes are told from functions by their source, anonymous ones included.
assert.strictEqual(inspect(class {}), '[class (anonymous)]');
assert.strictEqual(inspect(class{}), '[class (anonymous)]');
assert.strictEqual(inspect(class extends Object {}), '[class (anonymous) extends Object]');
assert.strictEqual(inspect(class A extends Map {}), '[class A extends Map]');
assert.strictEqual(inspect([class {}]), '[ [class (anonymous)] ]');
// A method whose name starts with "class" is a function.
const o = { classic() {}, class() {} };
assert.strictEqual(inspect(o.classic), '[Function: classic]');
assert.strictEqual(inspect(o.class), '[Function: class]');
