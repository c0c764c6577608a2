// covers: assert.Assert.prototype.ok, assert.Assert.prototype.equal, assert.Assert.prototype.notEqual
// covers: assert.Assert.prototype.strictEqual, assert.Assert.prototype.notStrictEqual
// covers: assert.Assert.prototype.deepEqual, assert.Assert.prototype.notDeepEqual
// covers: assert.Assert.prototype.deepStrictEqual, assert.Assert.prototype.notDeepStrictEqual
// covers: assert.Assert.prototype.partialDeepStrictEqual, assert.Assert.prototype.fail
// covers: assert.Assert.prototype.match, assert.Assert.prototype.doesNotMatch
// covers: assert.Assert.prototype.ifError, assert.Assert.prototype.throws
// covers: assert.Assert.prototype.doesNotThrow, assert.Assert.prototype.rejects
// covers: assert.Assert.prototype.doesNotReject, assert.strict.Assert
'use strict';
const common = require('../common');
const assert = require('assert');

if (typeof assert.Assert !== 'function') common.skip('assert.Assert is not available');
const { Assert, AssertionError } = assert;
assert.strictEqual(assert.strict.Assert, Assert);
assert.throws(() => Assert(), TypeError);   // a class: needs new

const failed = (operator) => (err) => {
  assert.ok(err instanceof AssertionError);
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  if (operator) assert.strictEqual(err.operator, operator);
  return true;
};

// Default instance: strict comparisons, even for equal/deepEqual.
const a = new Assert();
a.ok(1);
assert.throws(() => a.ok(0), failed('=='));
a.equal(1, 1);
assert.throws(() => a.equal(1, '1'), failed());
a.notEqual(1, '1');
assert.throws(() => a.notEqual(2, 2), failed());
a.strictEqual(NaN, NaN);
assert.throws(() => a.strictEqual({}, {}), failed('strictEqual'));
a.notStrictEqual(1, 2);
assert.throws(() => a.notStrictEqual('x', 'x'), failed('notStrictEqual'));
a.deepEqual({ x: [1] }, { x: [1] });
assert.throws(() => a.deepEqual({ x: 1 }, { x: '1' }), failed());
a.notDeepEqual({ x: 1 }, { x: '1' });
a.deepStrictEqual(new Map([[1, { y: 2 }]]), new Map([[1, { y: 2 }]]));
assert.throws(() => a.deepStrictEqual([1], ['1']), failed('deepStrictEqual'));
a.notDeepStrictEqual([1], ['1']);
assert.throws(() => a.notDeepStrictEqual([1], [1]), failed('notDeepStrictEqual'));
a.partialDeepStrictEqual({ a: 1, b: { c: 2, d: 3 } }, { b: { c: 2 } });
assert.throws(() => a.partialDeepStrictEqual({ a: 1 }, { a: 1, b: 2 }),
              failed('partialDeepStrictEqual'));
assert.throws(() => a.fail('custom text'), (err) => failed('fail')(err) &&
              err.message === 'custom text');
a.match('abc', /b/);
assert.throws(() => a.match('abc', /z/), failed('match'));
a.doesNotMatch('abc', /z/);
assert.throws(() => a.doesNotMatch('abc', /a/), failed('doesNotMatch'));
a.ifError(null);
a.ifError(undefined);
const inner = new Error('inner');
assert.throws(() => a.ifError(inner), (err) => failed('ifError')(err) &&
              /inner/.test(err.message));
a.throws(() => { throw new TypeError('t'); }, TypeError);
assert.throws(() => a.throws(() => {}), failed('throws'));
a.doesNotThrow(() => 1);
assert.throws(() => a.doesNotThrow(() => { throw new Error('x'); }), failed('doesNotThrow'));

// Methods work when detached from the instance.
const { strictEqual } = a;
assert.throws(() => strictEqual(1, 2), failed('strictEqual'));

// strict: false gives the legacy loose comparisons.
const loose = new Assert({ strict: false });
loose.equal(1, '1');
loose.deepEqual({ x: 1 }, { x: '1' });
assert.throws(() => loose.notEqual(1, '1'), failed());
assert.throws(() => new Assert({ diff: 'bogus' }),
              common.expectsError({ code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' }));

(async () => {
  await a.rejects(Promise.reject(new RangeError('r')), RangeError);
  await a.rejects(async () => { throw new Error('e'); }, { message: 'e' });
  await assert.rejects(a.rejects(Promise.resolve(1)), failed('rejects'));
  await a.doesNotReject(Promise.resolve(1));
  await assert.rejects(a.doesNotReject(Promise.reject(new Error('no'))),
                       failed('doesNotReject'));
})().then(common.mustCall());
