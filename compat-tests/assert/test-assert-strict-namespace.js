// covers: assert.strict.strict, assert.strict.AssertionError, assert.strict.ok
// covers: assert.strict.strictEqual, assert.strict.notStrictEqual
// covers: assert.strict.deepStrictEqual, assert.strict.notDeepStrictEqual
// covers: assert.strict.partialDeepStrictEqual, assert.strict.fail
// covers: assert.strict.match, assert.strict.doesNotMatch, assert.strict.ifError
// covers: assert.strict.throws, assert.strict.doesNotThrow
// covers: assert.strict.rejects, assert.strict.doesNotReject
'use strict';
const common = require('../common');
const assert = require('assert');
const strict = assert.strict;

assert.strictEqual(require('assert/strict'), strict);
assert.strictEqual(strict.strict, strict);
assert.strictEqual(strict.AssertionError, assert.AssertionError);

const isFailure = (operator) => (err) => {
  assert.ok(err instanceof strict.AssertionError);
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.operator, operator);
  return true;
};

// strict itself is callable like ok().
strict(true);
strict.ok('non-empty');
assert.throws(() => strict(0), isFailure('=='));
assert.throws(() => strict.ok(''), isFailure('=='));
assert.throws(() => strict.ok(null, 'my message'), { message: 'my message' });

strict.strictEqual(-0, -0);
assert.throws(() => strict.strictEqual(0, -0), isFailure('strictEqual'));
assert.throws(() => strict.strictEqual(1, '1'), isFailure('strictEqual'));
strict.notStrictEqual(1, '1');
assert.throws(() => strict.notStrictEqual(NaN, NaN), isFailure('notStrictEqual'));

// In strict mode, the loose names are the strict ones.
assert.strictEqual(strict.equal, strict.strictEqual);
assert.strictEqual(strict.deepEqual, strict.deepStrictEqual);
assert.strictEqual(strict.notDeepEqual, strict.notDeepStrictEqual);

strict.deepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] });
assert.throws(() => strict.deepStrictEqual({ a: 1 }, { a: '1' }), isFailure('deepStrictEqual'));
assert.throws(() => strict.deepStrictEqual(Object.create(null), {}), isFailure('deepStrictEqual'));
strict.notDeepStrictEqual({ a: 1 }, { a: '1' });
assert.throws(() => strict.notDeepStrictEqual([1, 2], [1, 2]), isFailure('notDeepStrictEqual'));

strict.partialDeepStrictEqual([1, 2, 3], [1, 3]);
strict.partialDeepStrictEqual(new Set([1, 2]), new Set([2]));
assert.throws(() => strict.partialDeepStrictEqual({ a: 1 }, { a: '1' }),
              isFailure('partialDeepStrictEqual'));

assert.throws(() => strict.fail(), { message: 'Failed', operator: 'fail' });
const own = new RangeError('mine');
assert.throws(() => strict.fail(own), (e) => e === own);

strict.match('2024-01-02', /^\d{4}-/);
assert.throws(() => strict.match(123, /1/), isFailure('match'));   // actual must be a string
assert.throws(() => strict.match('123', '1'),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => strict.match('abc', /^b/), isFailure('match'));
strict.doesNotMatch('abc', /^b/);
assert.throws(() => strict.doesNotMatch('abc', /c$/), isFailure('doesNotMatch'));

strict.ifError(null);
assert.throws(() => strict.ifError('text'), isFailure('ifError'));

strict.throws(() => { throw new SyntaxError('bad'); }, { name: 'SyntaxError', message: 'bad' });
strict.throws(() => { throw new Error('abc'); }, /abc/);
assert.throws(() => strict.throws(() => {}), isFailure('throws'));
// The wrong class of error is reported as an assertion failure naming the class.
assert.throws(() => strict.throws(() => { throw new Error('x'); }, TypeError),
              (e) => isFailure('throws')(e) && /instance of "TypeError"/.test(e.message));
strict.doesNotThrow(() => {});
assert.throws(() => strict.doesNotThrow(() => { throw new Error('oops'); }),
              isFailure('doesNotThrow'));

(async () => {
  await strict.rejects(Promise.reject(new TypeError('t')), TypeError);
  await assert.rejects(strict.rejects(Promise.resolve()), isFailure('rejects'));
  await assert.rejects(strict.rejects(() => 'not a promise'),
                       common.expectsError({ code: 'ERR_INVALID_RETURN_VALUE' }));
  await strict.doesNotReject(async () => 5);
  await assert.rejects(strict.doesNotReject(Promise.reject(new Error('r'))),
                       isFailure('doesNotReject'));
})().then(common.mustCall());
