// covers: path.posix.isAbsolute, path.win32.isAbsolute, path.isAbsolute
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

for (const [p, want] of [
  ['/home/foo', true], ['/home/foo/..', true], ['bar/', false], ['./baz', false],
  ['', false], ['/', true], ['//x', true], ['C:\\x', false], ['\\x', false],
]) {
  assert.strictEqual(path.posix.isAbsolute(p), want, `posix ${p}`);
}
for (const [p, want] of [
  ['/', true], ['//', true], ['//server', true], ['//server/file', true],
  ['\\\\server\\file', true], ['\\\\server', true], ['\\\\', true],
  ['c', false], ['c:', false], ['c:\\', true], ['c:/', true], ['c://', true],
  ['C:/Users/', true], ['C:\\Users\\', true], ['C:cwd/another', false],
  ['C:cwd\\another', false], ['directory/directory', false],
  ['directory\\directory', false], ['', false],
]) {
  assert.strictEqual(path.win32.isAbsolute(p), want, `win32 ${p}`);
}
if (!common.isWindows) assert.strictEqual(path.isAbsolute, path.posix.isAbsolute);
for (const fn of [path.posix.isAbsolute, path.win32.isAbsolute]) {
  assert.throws(() => fn(1), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
  assert.throws(() => fn(undefined), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
}
