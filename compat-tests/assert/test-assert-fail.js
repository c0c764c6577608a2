// covers: assert.fail
'use strict';
const common = require('../common');
const assert = require('assert');

assert.throws(() => assert.fail(), common.expectsError({
  code: 'ERR_ASSERTION',
  name: 'AssertionError',
  message: 'Failed',
  operator: 'fail',
  generatedMessage: true,
}));
assert.throws(() => assert.fail('boom'), common.expectsError({
  code: 'ERR_ASSERTION',
  message: 'boom',
  operator: 'fail',
  generatedMessage: false,
}));
const custom = new TypeError('typed');
assert.throws(() => assert.fail(custom), (e) => e === custom);
