// covers: process.emitWarning, process.on
'use strict';
const common = require('../common');
const assert = require('assert');

// DeprecationWarnings are emitted like other warnings unless noDeprecation is set.
process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'DeprecationWarning');
  assert.strictEqual(w.code, 'DEP_TEST_1');
  assert.strictEqual(w.message, 'old api');
}));
process.emitWarning('old api', 'DeprecationWarning', 'DEP_TEST_1');
process.noDeprecation = true;
process.emitWarning('silenced', 'DeprecationWarning', 'DEP_TEST_2');
setImmediate(() => { process.noDeprecation = false; });
