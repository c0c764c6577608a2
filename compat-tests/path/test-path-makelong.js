// covers: path.toNamespacedPath, path.posix.toNamespacedPath, path.win32.toNamespacedPath
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

// _makeLong is the legacy alias of toNamespacedPath.
assert.strictEqual(path.posix._makeLong, path.posix.toNamespacedPath);
assert.strictEqual(path.win32._makeLong, path.win32.toNamespacedPath);
assert.strictEqual(path.win32._makeLong('C:\\x'), '\\\\?\\C:\\x');
assert.strictEqual(path.posix._makeLong('/x'), '/x');
assert.strictEqual(typeof path._makeLong, 'function');
assert.ok(common);
