// covers: path.win32.format
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const f = path.win32.format;
assert.strictEqual(f({ dir: 'C:\\path\\dir', base: 'file.txt' }), 'C:\\path\\dir\\file.txt');
assert.strictEqual(f({ root: 'C:\\', name: 'file', ext: '.txt' }), 'C:\\file.txt');
assert.strictEqual(f({ root: 'C:\\', name: 'file', ext: 'txt' }), 'C:\\file.txt');
assert.strictEqual(f({ dir: 'some\\dir' }), 'some\\dir\\');
assert.strictEqual(f({ base: 'index.html' }), 'index.html');
assert.strictEqual(f({ root: 'C:\\' }), 'C:\\');
assert.strictEqual(f({ root: '\\\\server\\share\\', base: 'x' }), '\\\\server\\share\\x');
// When dir equals root no extra separator is inserted.
assert.strictEqual(f({ root: 'C:\\', dir: 'C:\\', base: 'a' }), 'C:\\a');
assert.strictEqual(f({}), '');
assert.throws(() => f(null), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => f('C:\\x'), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
