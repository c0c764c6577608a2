// covers: util.stripVTControlCharacters
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.stripVTControlCharacters('\u001B[4mvalue\u001B[0m'), 'value');
assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m plain'), 'red plain');
assert.strictEqual(util.stripVTControlCharacters(util.inspect({ a: 1 }, { colors: true })), '{ a: 1 }');
assert.strictEqual(util.stripVTControlCharacters('no codes'), 'no codes');
assert.strictEqual(util.stripVTControlCharacters(''), '');
assert.throws(() => util.stripVTControlCharacters(1), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "str" argument must be of type string. Received type number (1)',
}));
