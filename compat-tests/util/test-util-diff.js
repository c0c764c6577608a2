// covers: util.diff
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

// diff(actual, expected) returns [op, value] pairs: 0 = in both,
// 1 = only in actual, -1 = only in expected. Identical inputs give [].
assert.deepStrictEqual(util.diff('abc', 'abc'), []);
const d = util.diff(['a', 'b', 'c'], ['a', 'x', 'c']);
assert.deepStrictEqual(d.filter(([op]) => op === 0).map(([, v]) => v), ['a', 'c']);
assert.deepStrictEqual(d.filter(([op]) => op === 1).map(([, v]) => v), ['b']);
assert.deepStrictEqual(d.filter(([op]) => op === -1).map(([, v]) => v), ['x']);
const s = util.diff('abc', 'abd');
assert.deepStrictEqual(s.filter(([op]) => op === 0).map(([, v]) => v), ['a', 'b']);
assert.throws(() => util.diff(1, 'a'), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
