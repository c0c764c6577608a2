// covers: process.exit, process.on, process.exitCode
'use strict';
const common = require('../common');
const assert = require('assert');

// process.exit(code) stops execution immediately and runs 'exit' listeners
// with that code; code after it never runs.
let exitSeen = null;
process.on('exit', (code) => {
  exitSeen = code;
  assert.strictEqual(code, 5);
  assert.strictEqual(process.exitCode, 5);
  // Turn the deliberate non-zero exit back into a pass.
  process.exitCode = 0;
});
setTimeout(common.mustNotCall('timer after exit'), 1);
process.nextTick(() => {
  process.exit(5);
  // eslint-disable-next-line no-unreachable
  assert.fail('unreachable');
});
assert.strictEqual(exitSeen, null);
