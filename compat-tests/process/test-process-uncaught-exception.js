// covers: process.on, process.listenerCount
'use strict';
const common = require('../common');
const assert = require('assert');

// With an 'uncaughtException' handler the process keeps running.
const boom = new Error('uncaught boom');
process.on('uncaughtException', common.mustCall((err, origin) => {
  assert.strictEqual(err, boom);
  assert.strictEqual(origin, 'uncaughtException');
  setTimeout(common.mustCall(), 1);
}));
assert.strictEqual(process.listenerCount('uncaughtException'), 1);
setTimeout(() => { throw boom; }, 1);
process.on('exit', (code) => assert.strictEqual(code, 0));
