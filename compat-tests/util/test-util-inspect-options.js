// covers: util.inspect
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

const i = util.inspect;
// maxStringLength truncates.
assert.strictEqual(i('abcdefgh', { maxStringLength: 3 }), "'abc'... 5 more characters");
// breakLength/compact control line breaking.
const obj = { alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc' };
assert.strictEqual(i(obj, { breakLength: Infinity }), "{ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc' }");
assert.strictEqual(i(obj, { breakLength: 20 }),
                   "{\n  alpha: 'aaaaaaaaaa',\n  beta: 'bbbbbbbbbb',\n  gamma: 'cccccccccc'\n}");
assert.strictEqual(i({ a: { b: 1 } }, { compact: false }), '{\n  a: {\n    b: 1\n  }\n}');
// showHidden reveals non-enumerable properties.
const hidden = {};
Object.defineProperty(hidden, 'secret', { value: 1, enumerable: false });
assert.strictEqual(i(hidden), '{}');
assert.strictEqual(i(hidden, { showHidden: true }), '{ [secret]: 1 }');
assert.strictEqual(i([1], { showHidden: true }), '[ 1, [length]: 1 ]');
// Legacy signature inspect(obj, showHidden, depth, colors).
assert.strictEqual(i({ a: { b: { c: 1 } } }, false, 0), '{ a: [Object] }');
assert.strictEqual(i('x', false, 2, true), "\u001b[32m'x'\u001b[39m");
assert.ok(common);
