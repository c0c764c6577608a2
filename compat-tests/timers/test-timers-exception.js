// covers: globalThis.setTimeout, globalThis.setImmediate, process.on
'use strict';
const common = require('../common');
const assert = require('assert');

// An exception in one timer goes to 'uncaughtException' and other timers
// still run afterwards.
const errs = [];
process.on('uncaughtException', common.mustCall((err) => errs.push(err.message), 2));
setTimeout(() => { throw new Error('from-timeout'); }, 1);
setTimeout(common.mustCall(), 1);
setImmediate(() => { throw new Error('from-immediate'); });
setImmediate(common.mustCall());
process.on('exit', () => {
  assert.deepStrictEqual(errs.sort(), ['from-immediate', 'from-timeout']);
});
