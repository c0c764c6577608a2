// covers: assert.AssertionError.prototype.toString, assert.AssertionError.prototype.name
// covers: assert.AssertionError.prototype.message, assert.AssertionError.captureStackTrace
// covers: assert.AssertionError.isError, assert.AssertionError.prepareStackTrace
// covers: assert.AssertionError.stackTraceLimit
'use strict';
const common = require('../common');
const assert = require('assert');
const { AssertionError } = assert;

// AssertionError extends Error, so it inherits Error's statics.
assert.ok(AssertionError.prototype instanceof Error);
assert.strictEqual(AssertionError.captureStackTrace, Error.captureStackTrace);
assert.strictEqual(AssertionError.stackTraceLimit, Error.stackTraceLimit);
assert.strictEqual(typeof AssertionError.stackTraceLimit, 'number');

// name / message: instances carry their own; the prototype chain supplies defaults.
const err = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
assert.strictEqual(err.name, 'AssertionError');
assert.strictEqual(err.code, 'ERR_ASSERTION');
assert.match(err.message, /^Expected values to be strictly equal:/);
assert.strictEqual(typeof AssertionError.prototype.name, 'string');
assert.strictEqual(AssertionError.prototype.message, '');
const custom = new AssertionError({ message: 'plain text' });
assert.strictEqual(custom.message, 'plain text');
assert.strictEqual(custom.generatedMessage, false);

// toString() is "<name> [<code>]: <message>".
assert.strictEqual(custom.toString(), 'AssertionError [ERR_ASSERTION]: plain text');
assert.strictEqual(String(custom), custom.toString());
assert.ok(err.toString().startsWith('AssertionError [ERR_ASSERTION]: Expected values'));

// captureStackTrace adds a stack to any object, from the caller's frame.
const target = {};
function outer() { AssertionError.captureStackTrace(target); }
outer();
assert.strictEqual(typeof target.stack, 'string');
assert.match(target.stack, /outer/);

// isError recognises real errors only (when the engine has Error.isError).
if (typeof Error.isError === 'function') {
  assert.strictEqual(AssertionError.isError, Error.isError);
  assert.strictEqual(AssertionError.isError(err), true);
  assert.strictEqual(AssertionError.isError(new TypeError()), true);
  assert.strictEqual(AssertionError.isError({ name: 'Error', message: 'fake' }), false);
  assert.strictEqual(AssertionError.isError(Object.create(Error.prototype)), false);
}

// stackTraceLimit is read through from Error: lowering it shortens new stacks.
const saved = Error.stackTraceLimit;
Error.stackTraceLimit = 1;
assert.strictEqual(AssertionError.stackTraceLimit, 1);
assert.ok(!Object.hasOwn(AssertionError, 'stackTraceLimit'));
function deep(n) { return n === 0 ? new AssertionError({ message: 'deep' }) : deep(n - 1); }
const shallow = deep(5);
assert.strictEqual(shallow.stack.split('\n').filter((l) => /^\s+at /.test(l)).length, 1);
Error.stackTraceLimit = saved;

// prepareStackTrace, when set, formats the stacks of new AssertionErrors.
const savedPrepare = Error.prepareStackTrace;
Error.prepareStackTrace = common.mustCall((e, frames) => {
  assert.ok(Array.isArray(frames));
  return `custom:${e.message}`;
});
assert.strictEqual(typeof AssertionError.prepareStackTrace, 'function');
const formatted = new AssertionError({ message: 'formatted' });
assert.strictEqual(formatted.stack, 'custom:formatted');
Error.prepareStackTrace = savedPrepare;
