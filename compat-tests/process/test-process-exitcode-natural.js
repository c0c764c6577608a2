// covers: process.exitCode, process.on
'use strict';
const common = require('../common');
const assert = require('assert');

// At a natural end, 'exit' gets 0 and process.exitCode stays unset.
process.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(process.exitCode, undefined);
}));
setTimeout(() => {}, 1);
