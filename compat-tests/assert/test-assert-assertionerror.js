// covers: assert.AssertionError
'use strict';
const common = require('../common');
const assert = require('assert');

const err = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
assert.ok(err instanceof Error);
assert.strictEqual(err.name, 'AssertionError');
assert.strictEqual(err.code, 'ERR_ASSERTION');
assert.strictEqual(err.actual, 1);
assert.strictEqual(err.expected, 2);
assert.strictEqual(err.operator, 'strictEqual');
assert.strictEqual(err.generatedMessage, true);
assert.strictEqual(err.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');

const custom = new assert.AssertionError({ message: 'hello', actual: 'a', expected: 'b' });
assert.strictEqual(custom.message, 'hello');
assert.strictEqual(custom.generatedMessage, false);
assert.match(String(custom), /^AssertionError \[ERR_ASSERTION\]: hello/);

// The options argument is required.
assert.throws(() => new assert.AssertionError(), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "options" argument must be of type object. Received undefined',
}));

// Errors thrown by the module are instances of AssertionError.
try {
  assert.strictEqual('x', 'y');
  assert.fail('unreachable');
} catch (e) {
  assert.ok(e instanceof assert.AssertionError);
  assert.strictEqual(Object.prototype.hasOwnProperty.call(e, 'generatedMessage'), true);
}
