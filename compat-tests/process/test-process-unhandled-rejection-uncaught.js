// covers: process.on
'use strict';
const common = require('../common');
const assert = require('assert');

// Without an 'unhandledRejection' handler the default mode turns the
// rejection into an uncaught exception, reported with origin 'unhandledRejection'.
const reason = new Error('becomes uncaught');
process.on('uncaughtException', common.mustCall((err, origin) => {
  assert.strictEqual(err, reason);
  assert.strictEqual(origin, 'unhandledRejection');
}));
Promise.reject(reason);
