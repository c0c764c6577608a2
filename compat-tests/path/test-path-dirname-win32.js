// covers: path.win32.dirname
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const d = path.win32.dirname;
const table = [
  ['c:\\', 'c:\\'], ['c:\\foo', 'c:\\'], ['c:\\foo\\', 'c:\\'], ['c:\\foo\\bar', 'c:\\foo'],
  ['c:\\foo\\bar\\', 'c:\\foo'], ['c:\\foo\\bar\\baz', 'c:\\foo\\bar'], ['\\', '\\'],
  ['\\foo', '\\'], ['\\foo\\bar', '\\foo'], ['c:', 'c:'], ['c:foo', 'c:'],
  ['c:foo\\', 'c:'], ['c:foo\\bar', 'c:foo'], ['file:stream', '.'], ['dir\\file:stream', 'dir'],
  ['\\\\unc\\share', '\\\\unc\\share'], ['\\\\unc\\share\\foo', '\\\\unc\\share\\'],
  ['\\\\unc\\share\\foo\\bar', '\\\\unc\\share\\foo'], ['/a/b/', '/a'], ['/a', '/'],
  ['', '.'], ['/', '/'], ['foo', '.'],
];
for (const [input, want] of table) {
  assert.strictEqual(d(input), want, `win32.dirname(${JSON.stringify(input)})`);
}
assert.throws(() => d(1), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
