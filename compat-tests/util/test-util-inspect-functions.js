// covers: util.inspect
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

const i = util.inspect;
function named() {}
assert.strictEqual(i(named), '[Function: named]');
assert.strictEqual(i(() => {}), '[Function (anonymous)]');
assert.strictEqual(i(async function af() {}), '[AsyncFunction: af]');
assert.strictEqual(i(function* gen() {}), '[GeneratorFunction: gen]');
assert.strictEqual(i(async function* ag() {}), '[AsyncGeneratorFunction: ag]');
class A {}
class B extends A {}
assert.strictEqual(i(A), '[class A]');
assert.strictEqual(i(B), '[class B extends A]');
const withProps = function p() {};
withProps.x = 1;
assert.strictEqual(i(withProps), '[Function: p] { x: 1 }');
assert.strictEqual(i(Math.max), '[Function: max]');
const nullProto = Object.setPrototypeOf(function np() {}, null);
assert.strictEqual(i(nullProto), '[Function (null prototype): np]');
assert.ok(common);
