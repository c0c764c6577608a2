// covers: assert.deepStrictEqual, assert.notDeepStrictEqual
'use strict';
require('../common');
const assert = require('assert');

// WeakMap/WeakSet contents cannot be inspected, so distinct instances are
// only equal to themselves.
const wm = new WeakMap();
assert.deepStrictEqual(wm, wm);
assert.notDeepStrictEqual(new WeakMap(), new WeakMap());
assert.notDeepStrictEqual(new WeakSet(), new WeakSet());
assert.notDeepStrictEqual(new WeakMap(), new WeakSet());
assert.notDeepStrictEqual(new WeakMap(), {});

// Objects with null prototype.
const a = Object.create(null);
a.x = 1;
const b = Object.create(null);
b.x = 1;
assert.deepStrictEqual(a, b);

// Class instances with same data but different classes.
class A { constructor() { this.v = 1; } }
class B { constructor() { this.v = 1; } }
assert.notDeepStrictEqual(new A(), new B());
assert.deepStrictEqual(new A(), new A());

// Arguments object vs array.
(function() {
  assert.notDeepStrictEqual(arguments, [1, 2]);
})(1, 2);
