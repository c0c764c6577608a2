// covers: assert.strict, assert.strict.equal, assert.strict.deepEqual, assert.strict.notEqual, assert.strict.notDeepEqual
'use strict';
const common = require('../common');
const assert = require('assert');

const strict = require('assert/strict');
assert.strictEqual(strict, assert.strict);
assert.strictEqual(strict.strict, strict);
// In strict mode the loose functions are the strict ones.
assert.strictEqual(strict.equal, assert.strictEqual);
assert.strictEqual(strict.notEqual, assert.notStrictEqual);
assert.strictEqual(strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(strict.notDeepEqual, assert.notDeepStrictEqual);
assert.strictEqual(strict.AssertionError, assert.AssertionError);
assert.strictEqual(typeof strict, 'function');

strict.equal(1, 1);
assert.throws(() => strict.equal(1, '1'), common.expectsError({
  code: 'ERR_ASSERTION',
  operator: 'strictEqual',
}));
assert.throws(() => strict.deepEqual({ a: 1 }, { a: '1' }), common.expectsError({
  code: 'ERR_ASSERTION',
  operator: 'deepStrictEqual',
}));
strict.notEqual(1, '1');
strict.notDeepEqual({ a: 1 }, { a: '1' });
// Callable like assert.ok.
strict(true);
assert.throws(() => strict(0), common.expectsError({ code: 'ERR_ASSERTION' }));
