// covers: util.convertProcessSignalToExitCode, util.setTraceSigInt
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

// Shell convention: 128 + signal number.
assert.strictEqual(util.convertProcessSignalToExitCode('SIGTERM'), 143);
assert.strictEqual(util.convertProcessSignalToExitCode('SIGINT'), 130);
if (!common.isWindows) {
  const { signals } = require('os').constants;
  assert.strictEqual(util.convertProcessSignalToExitCode('SIGKILL'), 128 + signals.SIGKILL);
}
for (const bad of ['x', 15, 0]) {
  assert.throws(() => util.convertProcessSignalToExitCode(bad), common.expectsError({
    code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
    message: /^The argument 'signalCode' must be one of: 'SIGHUP', /,
  }));
}
assert.strictEqual(typeof util.setTraceSigInt, 'function');
