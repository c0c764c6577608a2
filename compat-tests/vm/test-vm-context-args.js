// covers: vm.createContext, vm.runInContext, vm.runInNewContext, vm.isContext
'use strict';
const common = require('../common');
const assert = require('assert');
const vm = require('vm');

const notContext = common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => vm.runInContext('1', {}), notContext);
assert.throws(() => new vm.Script('1').runInContext({}), notContext);
assert.throws(() => vm.runInContext('1', {}), {
  message: 'The "contextifiedObject" argument must be an vm.Context. Received an instance of Object',
});

for (const bad of [1, 'x', true]) {
  assert.throws(() => vm.createContext(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "object" argument must be of type object\./,
  });
  assert.throws(() => vm.runInNewContext('1', bad), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => vm.isContext(bad), { code: 'ERR_INVALID_ARG_TYPE' });
}

assert.throws(() => vm.createContext({}, 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.createContext({}, { name: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.name" property must be of type string. Received type number (1)',
});
assert.throws(() => vm.createContext({}, { microtaskMode: 'later' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.microtaskMode' must be one of: 'afterEvaluate', undefined. Received 'later'",
});
assert.throws(() => vm.runInNewContext('1', {}, { timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => vm.runInNewContext('1', {}, { filename: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });

// A name and an origin are accepted (they only label the context for tools).
const named = vm.createContext({}, { name: 'my context', origin: 'https://example.org' });
assert.strictEqual(vm.runInContext('6 * 7', named), 42);
