// covers: assert.match, assert.doesNotMatch
'use strict';
const common = require('../common');
const assert = require('assert');

assert.match('I will pass', /pass/);
assert.doesNotMatch('I will pass', /fail/);

assert.throws(() => assert.match('I will fail', /pass/), common.expectsError({
  code: 'ERR_ASSERTION',
  name: 'AssertionError',
  operator: 'match',
  message: "The input did not match the regular expression /pass/. Input:\n\n'I will fail'\n",
}));
assert.throws(() => assert.doesNotMatch('I will pass', /pass/), common.expectsError({
  code: 'ERR_ASSERTION',
  operator: 'doesNotMatch',
  message: "The input was expected to not match the regular expression /pass/. Input:\n\n'I will pass'\n",
}));
// Non-string input fails with a description of the type.
assert.throws(() => assert.match(123, /1/), common.expectsError({
  code: 'ERR_ASSERTION',
  message: 'The "string" argument must be of type string. Received type number (123)',
}));
assert.throws(() => assert.match('x', 'x'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "regexp" argument must be an instance of RegExp. Received type string (\'x\')',
}));
assert.throws(() => assert.match('a', /b/, 'custom'), common.expectsError({ message: 'custom' }));
