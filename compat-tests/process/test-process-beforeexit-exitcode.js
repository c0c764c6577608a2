// covers: process.on, process.exitCode
'use strict';
const common = require('../common');
const assert = require('assert');

// beforeExit receives the current process.exitCode.
process.exitCode = 4;
process.once('beforeExit', common.mustCall((code) => {
  assert.strictEqual(code, 4);
}));
process.on('exit', (code) => {
  assert.strictEqual(code, 4);
  process.exitCode = 0;
});
