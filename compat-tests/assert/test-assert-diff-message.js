// covers: assert.deepStrictEqual, assert.strictEqual, assert.AssertionError
'use strict';
require('../common');
const assert = require('assert');

// The generated message shows a diff with + actual / - expected lines.
try {
  assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] });
  assert.fail('should have thrown');
} catch (err) {
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.generatedMessage, true);
  assert.deepStrictEqual(err.actual, { a: 1, b: [1, 2] });
  assert.deepStrictEqual(err.expected, { a: 1, b: [1, 3] });
  const lines = err.message.split('\n');
  assert.strictEqual(lines[0], 'Expected values to be strictly deep-equal:');
  assert.ok(lines.includes('+ actual - expected'));
  assert.ok(lines.some((l) => /^\+\s+2$/.test(l)), err.message);
  assert.ok(lines.some((l) => /^-\s+3$/.test(l)), err.message);
}

// Multi-line strings are diffed line by line.
try {
  assert.strictEqual('line1\nline2\nline3', 'line1\nlineX\nline3');
  assert.fail('should have thrown');
} catch (err) {
  assert.match(err.message, /^Expected values to be strictly equal:/);
  assert.match(err.message, /\+ actual - expected/);
  assert.match(err.message, /line2/);
  assert.match(err.message, /lineX/);
}

// Different types are reported without a structural diff.
try {
  assert.strictEqual(1, '1');
  assert.fail('should have thrown');
} catch (err) {
  assert.strictEqual(err.message, "Expected values to be strictly equal:\n\n1 !== '1'\n");
}
