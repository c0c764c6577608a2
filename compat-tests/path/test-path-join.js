// covers: path.join, path.posix.join
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

assert.strictEqual(path.posix.join('/a', 'b', '..', 'c'), '/a/c');
assert.strictEqual(path.posix.join('a', '', 'b/'), 'a/b/');
assert.strictEqual(path.posix.join(), '.');
assert.throws(() => path.posix.join('a', 1), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
setTimeout(common.mustCall(), 1);
