// covers: path.posix, path.win32
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

// 'path/posix' and 'path/win32' are loadable module ids.
assert.strictEqual(require('path/posix'), path.posix);
assert.strictEqual(require('path/win32'), path.win32);
assert.strictEqual(require('node:path'), path);
assert.strictEqual(require('node:path/posix'), path.posix);
assert.strictEqual(require('node:path/win32').sep, '\\');
assert.ok(common);
