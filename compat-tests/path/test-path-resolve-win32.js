// covers: path.win32.resolve
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const r = path.win32.resolve;
assert.strictEqual(r('c:/blah\\blah', 'd:/games', 'c:../a'), 'c:\\blah\\a');
assert.strictEqual(r('c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'), 'd:\\e.exe');
assert.strictEqual(r('c:/ignore', 'c:/some/file'), 'c:\\some\\file');
assert.strictEqual(r('d:/ignore', 'd:some/dir//'), 'd:\\ignore\\some\\dir');
assert.strictEqual(r('//server/share', '..', 'relative\\'), '\\\\server\\share\\relative');
assert.strictEqual(r('c:/', '//'), 'c:\\');
assert.strictEqual(r('c:/', '//dir'), 'c:\\dir');
assert.strictEqual(r('c:/', '//server/share'), '\\\\server\\share\\');
assert.strictEqual(r('c:/', '//server//share'), '\\\\server\\share\\');
assert.strictEqual(r('c:/', '///some//dir'), 'c:\\some\\dir');
assert.strictEqual(r('C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'), 'C:\\foo\\tmp.3\\cycles\\root.js');
// Drive letter case is preserved from the input.
assert.strictEqual(r('C:\\a', 'b'), 'C:\\a\\b');
assert.strictEqual(r('z:'), r('z:'));
assert.match(r('z:'), /^z:\\/i);
// Result is always absolute in win32 terms.
assert.ok(path.win32.isAbsolute(r('relative')));
assert.throws(() => r('c:/', undefined), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
