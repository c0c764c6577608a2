// covers: util.formatWithOptions
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.formatWithOptions({ colors: true }, '%O', 42), '\u001b[33m42\u001b[39m');
assert.strictEqual(util.formatWithOptions({}, 'See %s', 'x'), 'See x');
assert.strictEqual(util.formatWithOptions({ depth: 0 }, '%O', { a: { b: 1 } }), '{ a: [Object] }');
assert.strictEqual(util.formatWithOptions({ compact: true }, { a: 1 }), '{ a: 1 }');
for (const bad of [null, 'x', 1, undefined]) {
  assert.throws(() => util.formatWithOptions(bad, 'x'), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: /^The "inspectOptions" argument must be of type object\./,
  }));
}
