// covers: assert.rejects
'use strict';
const common = require('../common');
const assert = require('assert');

(async () => {
  await assert.rejects(Promise.reject(new TypeError('no')), TypeError);
  await assert.rejects(async () => { throw new Error('async fn'); }, { message: 'async fn' });
  await assert.rejects(() => Promise.reject(new Error('x')), /x/);
  // Resolves to undefined.
  assert.strictEqual(await assert.rejects(Promise.reject(new Error())), undefined);

  await assert.rejects(assert.rejects(Promise.resolve(1)), common.expectsError({
    code: 'ERR_ASSERTION',
    name: 'AssertionError',
    message: 'Missing expected rejection.',
    operator: 'rejects',
  }));
  await assert.rejects(assert.rejects(Promise.resolve(1), TypeError), common.expectsError({
    message: 'Missing expected rejection (TypeError).',
  }));
  // A function that doesn't return a promise.
  await assert.rejects(assert.rejects(() => 5), common.expectsError({
    code: 'ERR_INVALID_RETURN_VALUE',
    name: 'TypeError',
    message: 'Expected instance of Promise to be returned from the "promiseFn" function but got type number (5).',
  }));
  // A synchronous throw in the function is not a rejection: the returned
  // promise rejects with that very error instead.
  const syncErr = new Error('sync');
  await assert.rejects(assert.rejects(() => { throw syncErr; }, Error), (e) => e === syncErr);
  // Bad first argument.
  await assert.rejects(assert.rejects(1), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "promiseFn" argument must be of type function or an instance of Promise. Received type number (1)',
  }));
})().then(common.mustCall());
