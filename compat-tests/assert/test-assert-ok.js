// covers: assert, assert.ok, assert.AssertionError
'use strict';
const common = require('../common');
const assert = require('assert');

assert.ok(true);
assert.ok(1);
assert.ok('x');
assert.ok({});
assert(true);

for (const falsy of [false, 0, '', null, undefined, NaN]) {
  assert.throws(() => assert.ok(falsy), (err) => {
    assert.ok(err instanceof assert.AssertionError);
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.strictEqual(err.actual, falsy);
    assert.strictEqual(err.expected, true);
    assert.strictEqual(err.operator, '==');
    assert.strictEqual(err.generatedMessage, true);
    return true;
  });
}

// No argument at all.
assert.throws(() => assert.ok(), common.expectsError({
  code: 'ERR_ASSERTION',
  name: 'AssertionError',
  message: 'No value argument passed to `assert.ok()`',
}));
assert.throws(() => assert(), common.expectsError({
  message: 'No value argument passed to `assert.ok()`',
}));

// Custom message string.
assert.throws(() => assert.ok(false, 'custom text'), common.expectsError({
  code: 'ERR_ASSERTION',
  message: 'custom text',
  generatedMessage: false,
}));
// Custom Error instance is thrown as-is.
const mine = new TypeError('mine');
assert.throws(() => assert.ok(0, mine), (err) => err === mine);
