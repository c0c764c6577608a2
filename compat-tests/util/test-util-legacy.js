// covers: util.isArray, util._extend
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.isArray([]), true);
assert.strictEqual(util.isArray({ length: 0 }), false);
const target = { a: 1 };
const out = util._extend(target, { b: 2, a: 3 });
assert.strictEqual(out, target);
assert.deepStrictEqual(target, { a: 3, b: 2 });
// Non-object sources are ignored.
assert.deepStrictEqual(util._extend({ x: 1 }, null), { x: 1 });
assert.ok(common);
