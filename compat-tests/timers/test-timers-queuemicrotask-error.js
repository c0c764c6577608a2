// covers: globalThis.queueMicrotask, process.on
'use strict';
const common = require('../common');
const assert = require('assert');

// An exception thrown from a microtask is an uncaught exception (not a
// rejection), and later microtasks still run.
const boom = new Error('microtask boom');
process.on('uncaughtException', common.mustCall((err, origin) => {
  assert.strictEqual(err, boom);
  assert.strictEqual(origin, 'uncaughtException');
}));
process.on('unhandledRejection', common.mustNotCall());
queueMicrotask(() => { throw boom; });
queueMicrotask(common.mustCall());
