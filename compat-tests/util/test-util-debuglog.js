// covers: util.debuglog, util.debug
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.debug, util.debuglog);
// The section is not listed in NODE_DEBUG, so logging is a silent no-op.
const section = `n4jtest${process.pid}`;
const log = util.debuglog(section);
assert.strictEqual(typeof log, 'function');
assert.strictEqual(log.enabled, false);
log('this should not appear %s', 'anywhere');
// The callback form receives the logger once it is initialised.
const log2 = util.debuglog(`${section}b`, common.mustCall((fn) => {
  assert.strictEqual(typeof fn, 'function');
}));
log2('trigger');
