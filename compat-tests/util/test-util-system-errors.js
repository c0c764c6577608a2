// covers: util.getSystemErrorName, util.getSystemErrorMap, util.getSystemErrorMessage
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');
const os = require('os');

const { ENOENT, EACCES } = os.constants.errno;
// errno values are negative in libuv convention.
assert.strictEqual(util.getSystemErrorName(-ENOENT), 'ENOENT');
assert.strictEqual(util.getSystemErrorName(-EACCES), 'EACCES');
assert.strictEqual(util.getSystemErrorMessage(-ENOENT), 'no such file or directory');
const map = util.getSystemErrorMap();
assert.ok(map instanceof Map);
assert.deepStrictEqual(map.get(-ENOENT), ['ENOENT', 'no such file or directory']);
for (const bad of [0, 1, 'x']) {
  assert.throws(() => util.getSystemErrorName(bad), common.expectsError({
    code: typeof bad === 'string' ? 'ERR_INVALID_ARG_TYPE' : 'ERR_OUT_OF_RANGE',
  }));
}
