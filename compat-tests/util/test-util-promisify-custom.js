// covers: util.promisify, util.promisify.custom
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.promisify.custom, Symbol.for('nodejs.util.promisify.custom'));
function legacy() {}
const custom = () => Promise.resolve('custom!');
legacy[util.promisify.custom] = custom;
assert.strictEqual(util.promisify(legacy), custom);
// A non-function custom value is rejected.
function bad() {}
bad[util.promisify.custom] = 1;
assert.throws(() => util.promisify(bad), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
}));
// Built-ins with custom promisified versions.
const sleep = util.promisify(setTimeout);
sleep(1, 'v').then(common.mustCall((v) => assert.strictEqual(v, 'v')));
util.promisify(setImmediate)('w').then(common.mustCall((v) => assert.strictEqual(v, 'w')));
