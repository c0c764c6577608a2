// covers: process.setUncaughtExceptionCaptureCallback, process.hasUncaughtExceptionCaptureCallback
'use strict';
const common = require('../common');
const assert = require('assert');

assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), false);
const boom = new Error('captured');
process.setUncaughtExceptionCaptureCallback(common.mustCall((err) => {
  assert.strictEqual(err, boom);
  process.setUncaughtExceptionCaptureCallback(null);
  assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), false);
}));
assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), true);
// Setting a second one while one is active is an error.
assert.throws(() => process.setUncaughtExceptionCaptureCallback(() => {}), common.expectsError({
  code: 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
}));
assert.throws(() => process.setUncaughtExceptionCaptureCallback('x'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
}));
// The 'uncaughtException' event is bypassed while a capture callback is set.
process.on('uncaughtException', common.mustNotCall());
setTimeout(() => { throw boom; }, 1);
