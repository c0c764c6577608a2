// covers: util.inspect
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

const a = { name: 'a' };
a.self = a;
assert.strictEqual(util.inspect(a), "<ref *1> { name: 'a', self: [Circular *1] }");
const b = { x: {} };
b.x.back = b;
assert.strictEqual(util.inspect(b), '<ref *1> { x: { back: [Circular *1] } }');
const arr = [1];
arr.push(arr);
assert.strictEqual(util.inspect(arr), '<ref *1> [ 1, [Circular *1] ]');
const m = new Map();
m.set('me', m);
assert.strictEqual(util.inspect(m), "<ref *1> Map(1) { 'me' => [Circular *1] }");
// Shared but non-circular references are printed in full.
const shared = { v: 1 };
assert.strictEqual(util.inspect({ p: shared, q: shared }), '{ p: { v: 1 }, q: { v: 1 } }');
assert.ok(common);
