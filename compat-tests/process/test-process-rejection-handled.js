// covers: process.on
'use strict';
const common = require('../common');
const assert = require('assert');

// A rejection that gets a handler after it was reported as unhandled triggers
// 'rejectionHandled' with the same promise.
let p;
process.on('unhandledRejection', common.mustCall((reason, promise) => {
  assert.strictEqual(reason, 'late');
  assert.strictEqual(promise, p);
  setTimeout(() => promise.catch(() => {}), 1);
}));
process.on('rejectionHandled', common.mustCall((promise) => assert.strictEqual(promise, p)));
p = Promise.reject('late');
