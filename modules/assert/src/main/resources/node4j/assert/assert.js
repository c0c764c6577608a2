'use strict';
// Node's assert module: `assert(value)` plus the comparison, exception and pattern assertions,
// `assert.strict` (equal means strictEqual, ...) and the Assert class (Node 25) whose instances
// carry their own options.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_AMBIGUOUS_ARGUMENT, ERR_MISSING_ARGS,
           ERR_INVALID_RETURN_VALUE, ERR_CONSTRUCT_CALL_REQUIRED },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { isDeepEqual, isDeepStrictEqual, types: { isRegExp, isError } } = require('internal/comparisons');
const { AssertionError } = require('internal/assert/assertion_error');
const { inspectValue } = require('internal/assert/inspect');
const { isPartialEqual } = require('internal/assert/partial');
const { failedCallSource } = require('internal/assert/call_site');

const NO_EXCEPTION = {};

// Plain util.inspect-like printing for values quoted inside messages.
function inspect(v, options) {
  try {
    const util = require('util');
    if (typeof util.inspect === 'function') return util.inspect(v, options);
  } catch { /* util not available: use the assertion printer */ }
  return inspectValue(v);
}

function innerFail(obj) {
  if (isError(obj.message)) throw obj.message;
  throw new AssertionError(obj);
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generated = false;
  if (argLen === 0) {
    generated = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generated = true;
    const code = failedCallSource(fn);
    // Without the source (eval'd code, no fs) Node prints the plain comparison instead.
    message = code === null ? undefined : `The expression evaluated to a falsy value:\n\n  ${code}\n`;
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generated;
  throw err;
}

function requireTwo(argLen) {
  if (argLen < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

// ---- exceptions ------------------------------------------------------------------------------

function getActual(fn) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function isPromiseLike(obj) {
  return obj instanceof Promise ||
    (obj !== null && typeof obj === 'object' && typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isPromiseLike(promise)) throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
  } else if (isPromiseLike(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

// Printable stand-ins listing only the compared keys of a validation object.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
            RegExp.prototype.exec.call(obj[key], actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const err = new AssertionError({
        actual: new Comparison(actual, keys),
        expected: new Comparison(expected, keys, actual),
        operator: 'deepStrictEqual',
        stackStartFn: fn,
      });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

function expectedException(actual, expected, message, fn) {
  let generated = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (RegExp.prototype.exec.call(expected, str) !== null) return;
      if (!message) {
        generated = true;
        message = `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    } else {
      // A validation object: each own key must deep-equal (or, for strings, match a RegExp).
      const keys = Object.keys(expected);
      if (isError(expected)) keys.push('name', 'message');
      else if (keys.length === 0) throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            RegExp.prototype.exec.call(expected[key], actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generated = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) message += 'an error with identical name but a different prototype.';
        else message += `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;   // [Array], as Node shows it
      }
    }
  } else {
    // A validation function must return exactly true.
    const res = Reflect.apply(expected, {}, [actual]);
    if (res === true) return;
    if (!message) {
      generated = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generated;
  throw err;
}

function expectsError(fn, actual, args) {
  let [error, message] = args;
  if (typeof error === 'string') {
    if (args.length === 2) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const kind = fn.name === 'rejects' ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: fn.name,
                message: `Missing expected ${kind}${details}`, stackStartFn: fn });
  }
  if (!error) return;
  expectedException(actual, error, message, fn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return RegExp.prototype.exec.call(expected, String(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(fn, actual, args) {
  if (actual === NO_EXCEPTION) return;
  let [error, message] = args;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const kind = fn.name === 'doesNotReject' ? 'rejection' : 'exception';
    innerFail({ actual, expected: error, operator: fn.name, stackStartFn: fn,
                message: `Got unwanted ${kind}${details}\nActual message: "${actual && actual.message}"` });
  }
  throw actual;
}

// ---- match -----------------------------------------------------------------------------------

function internalMatch(string, regexp, message, fn, match) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  if (typeof string !== 'string' || (RegExp.prototype.exec.call(regexp, string) !== null) !== match) {
    if (isError(message)) throw message;
    const generated = !message;
    message = message || (typeof string !== 'string'
      ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`
      : `${match ? 'The input did not match the regular expression '
        : 'The input was expected to not match the regular expression '}${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generated;
    throw err;
  }
}

// ---- ifError ---------------------------------------------------------------------------------

function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
  // Keep the original error's frames: ours up to the first frame they share, then theirs.
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const start = origStack.indexOf('\n    at');
    if (start !== -1) {
      const original = origStack.slice(start + 1).split('\n');
      let frames = String(newErr.stack).split('\n');
      for (const frame of original) {
        const pos = frames.indexOf(frame);
        if (pos !== -1) {
          frames = frames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${frames.join('\n')}\n${original.join('\n')}`;
    }
  }
  throw newErr;
}

// ---- fail ------------------------------------------------------------------------------------

// Node 25 ended the deprecated fail(actual, expected, message, operator) form (DEP0094): only
// the message counts.
function fail(message) {
  if (isError(message)) throw message;
  const generated = message == null;
  const err = new AssertionError({
    operator: 'fail', stackStartFn: fail, message: generated ? 'Failed' : message,
  });
  err.generatedMessage = generated;
  throw err;
}

// ---- the assertion functions, for a given set of options ---------------------------------------

/**
 * Builds the named assertion functions, loose and strict. `optionsOf(this)` gives the options of
 * a call ({ diff, skipPrototype }): fixed for the module's functions, the instance's for Assert
 * methods (which still work detached from their instance, with the defaults).
 */
function makeAssertions(optionsOf) {
  function failWith(self, obj) { innerFail({ ...obj, diff: optionsOf(self).diff }); }
  const a = {};
  a.ok = function ok(...args) { innerOk(ok, args.length, ...args); };
  a.fail = fail;
  a.strictEqual = function strictEqual(actual, expected, message) {
    requireTwo(arguments.length);
    if (!Object.is(actual, expected)) failWith(this, { actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  };
  a.notStrictEqual = function notStrictEqual(actual, expected, message) {
    requireTwo(arguments.length);
    if (Object.is(actual, expected)) failWith(this, { actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  };
  a.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
    requireTwo(arguments.length);
    if (!isDeepStrictEqual(actual, expected, optionsOf(this).skipPrototype)) failWith(this, { actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  };
  a.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
    requireTwo(arguments.length);
    if (isDeepStrictEqual(actual, expected, optionsOf(this).skipPrototype)) failWith(this, { actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  };
  a.partialDeepStrictEqual = function partialDeepStrictEqual(actual, expected, message) {
    requireTwo(arguments.length);
    if (!isPartialEqual(actual, expected)) {
      failWith(this, { actual, expected, message, operator: 'partialDeepStrictEqual', stackStartFn: partialDeepStrictEqual });
    }
  };
  {
    a.equal = function equal(actual, expected, message) {
      requireTwo(arguments.length);
      // eslint-disable-next-line eqeqeq
      if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
        failWith(this, { actual, expected, message, operator: '==', stackStartFn: equal });
      }
    };
    a.notEqual = function notEqual(actual, expected, message) {
      requireTwo(arguments.length);
      // eslint-disable-next-line eqeqeq
      if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
        failWith(this, { actual, expected, message, operator: '!=', stackStartFn: notEqual });
      }
    };
    a.deepEqual = function deepEqual(actual, expected, message) {
      requireTwo(arguments.length);
      if (!isDeepEqual(actual, expected)) failWith(this, { actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
    };
    a.notDeepEqual = function notDeepEqual(actual, expected, message) {
      requireTwo(arguments.length);
      if (isDeepEqual(actual, expected)) failWith(this, { actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
    };
  }
  a.match = function match(string, regexp, message) { internalMatch(string, regexp, message, match, true); };
  a.doesNotMatch = function doesNotMatch(string, regexp, message) {
    internalMatch(string, regexp, message, doesNotMatch, false);
  };
  a.throws = function throws(promiseFn, ...args) { expectsError(throws, getActual(promiseFn), args); };
  a.rejects = async function rejects(promiseFn, ...args) { expectsError(rejects, await waitForActual(promiseFn), args); };
  a.doesNotThrow = function doesNotThrow(fn, ...args) { expectsNoError(doesNotThrow, getActual(fn), args); };
  a.doesNotReject = async function doesNotReject(fn, ...args) {
    expectsNoError(doesNotReject, await waitForActual(fn), args);
  };
  a.ifError = ifError;
  return a;
}

const kOrder = ['ok', 'fail', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
  'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'match', 'doesNotMatch',
  'throws', 'rejects', 'doesNotThrow', 'doesNotReject', 'ifError'];

// ---- the Assert class (Node 25): instances with their own options --------------------------------

const kOptions = Symbol('options');
const kDefaults = Object.freeze({ diff: 'simple', skipPrototype: false });
const kStrictNames = { equal: 'strictEqual', notEqual: 'notStrictEqual', deepEqual: 'deepStrictEqual',
  notDeepEqual: 'notDeepStrictEqual' };

// A function (not a class) so that a call without `new` gets Node's error code.
function Assert(options = {}) {
  if (new.target === undefined) throw new ERR_CONSTRUCT_CALL_REQUIRED('Assert');
  validateObject(options, 'options');
  const { diff = 'simple', strict = true, skipPrototype = false } = options;
  if (diff !== 'simple' && diff !== 'full') {
    throw new ERR_INVALID_ARG_VALUE('options.diff', diff, "must be one of: 'simple', 'full'");
  }
  Object.defineProperty(this, kOptions, { __proto__: null, value: Object.freeze({ diff, skipPrototype }) });
  this.AssertionError = AssertionError;
  if (strict) {
    for (const [loose, strictName] of Object.entries(kStrictNames)) this[loose] = this[strictName];
  }
}
const methods = makeAssertions((self) => (self != null && self[kOptions]) || kDefaults);
for (const name of kOrder) {
  Object.defineProperty(Assert.prototype, name, {
    __proto__: null, value: methods[name], writable: true, configurable: true, enumerable: false,
  });
}

// ---- the module: assert(value) and assert.strict(value) ------------------------------------------

const assert = function ok(...args) { innerOk(ok, args.length, ...args); };
assert.AssertionError = AssertionError;
const loose = makeAssertions(() => kDefaults);
for (const name of kOrder) assert[name] = name === 'ok' ? assert : loose[name];

// assert.strict shares assert's functions, with the loose names bound to the strict ones.
const strict = function strict(...args) { innerOk(strict, args.length, ...args); };
Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict = strict;
assert.Assert = Assert;
strict.Assert = Assert;
strict.strict = strict;

module.exports = assert;
