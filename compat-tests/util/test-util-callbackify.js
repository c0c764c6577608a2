// covers: util.callbackify
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

const ok = util.callbackify(async (a, b) => a * b);
let sync = true;
ok(3, 4, common.mustSucceed((v) => {
  // The callback is always asynchronous.
  assert.strictEqual(sync, false);
  assert.strictEqual(v, 12);
}));
sync = false;
const failing = util.callbackify(async () => { throw new TypeError('nope'); });
failing(common.mustCall((err, v) => {
  assert.strictEqual(err.message, 'nope');
  assert.strictEqual(v, undefined);
}));
// A falsy rejection reason is wrapped in ERR_FALSY_VALUE_REJECTION with .reason.
const falsy = util.callbackify(() => Promise.reject(null));
falsy(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
  assert.strictEqual(err.reason, null);
  assert.strictEqual(err.message, 'Promise was rejected with falsy value');
}));
// The last argument must be a function.
assert.throws(() => ok(1, 2), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: /^The last argument must be of type function\./,
}));
assert.throws(() => util.callbackify('x'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "original" argument must be of type function. Received type string (\'x\')',
}));
