// covers: process.on
'use strict';
const common = require('../common');
const assert = require('assert');

// An unhandled rejection is reported with the reason and the promise, and a
// handler prevents the default crash.
const reason = new Error('rejected');
let p;
process.on('unhandledRejection', common.mustCall((r, promise) => {
  assert.strictEqual(r, reason);
  assert.strictEqual(promise, p);
}));
p = Promise.reject(reason);
// A rejection handled synchronously is never reported.
Promise.reject(new Error('handled')).catch(common.mustCall());
process.on('exit', (code) => assert.strictEqual(code, 0));
