// covers: process.emitWarning
'use strict';
const common = require('../common');
const assert = require('assert');

// With throwDeprecation, a DeprecationWarning is thrown on the next tick (an uncaught
// exception), not from emitWarning itself; other warnings are emitted as usual.
process.throwDeprecation = true;
process.on('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.name, 'DeprecationWarning');
  assert.strictEqual(err.message, 'gone');
  assert.strictEqual(err.code, 'DEP_X');
}));
process.on('warning', common.mustCall((w) => assert.strictEqual(w.name, 'Warning')));
process.emitWarning('gone', 'DeprecationWarning', 'DEP_X');
process.emitWarning('plain');
