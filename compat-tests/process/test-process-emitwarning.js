// covers: process.emitWarning, process.on
'use strict';
const common = require('../common');
const assert = require('assert');

const seen = [];
process.on('warning', common.mustCall((w) => seen.push(w), 4));
process.emitWarning('plain message');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('typed+code', 'CustomWarning', 'CODE_42');
process.emitWarning('with options', { type: 'OptWarning', code: 'OPT1', detail: 'more info' });
// Warnings are delivered asynchronously.
assert.strictEqual(seen.length, 0);
process.on('exit', () => {
  assert.strictEqual(seen.length, 4);
  assert.ok(seen[0] instanceof Error);
  assert.strictEqual(seen[0].name, 'Warning');
  assert.strictEqual(seen[0].message, 'plain message');
  assert.strictEqual(seen[1].name, 'CustomWarning');
  assert.strictEqual(seen[2].code, 'CODE_42');
  assert.strictEqual(seen[3].name, 'OptWarning');
  assert.strictEqual(seen[3].code, 'OPT1');
  assert.strictEqual(seen[3].detail, 'more info');
});
