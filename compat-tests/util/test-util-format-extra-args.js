// covers: util.format
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

const f = util.format;
// Extra arguments are appended separated by spaces; strings are not quoted.
assert.strictEqual(f('a', 'b', 'c'), 'a b c');
assert.strictEqual(f('%s', 'x', 'y', 1), 'x y 1');
assert.strictEqual(f('x', { a: 1 }, [2]), 'x { a: 1 } [ 2 ]');
// A non-string first argument: every argument is inspected.
assert.strictEqual(f(1, 2, 'three'), '1 2 three');
assert.strictEqual(f({ a: 'b' }), "{ a: 'b' }");
assert.strictEqual(f(null, undefined), 'null undefined');
assert.strictEqual(f(), '');
assert.strictEqual(f(''), '');
assert.strictEqual(f('%s'), '%s');
// %s on an object with no own toString shows a depth-0 inspection.
assert.strictEqual(f('%s', { a: { b: { c: 1 } } }), '{ a: [Object] }');
assert.strictEqual(f('%s', [1, [2, [3]]]), '[ 1, [Array] ]');
// %s uses a user-defined toString.
assert.strictEqual(f('%s', { toString() { return 'custom'; } }), 'custom');
assert.strictEqual(f('%s', new Error('e')).split('\n')[0], 'Error: e');
assert.ok(common);
