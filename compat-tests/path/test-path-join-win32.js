// covers: path.win32.join
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const j = path.win32.join;
const table = [
  [['a', 'b'], 'a\\b'],
  [['a/', '/b'], 'a\\b'],
  [['C:', 'foo'], 'C:\\foo'],
  [['C:\\', 'foo'], 'C:\\foo'],
  [['C:/', '..', 'x'], 'C:\\x'],
  [['//server', 'share'], '\\\\server\\share\\'],
  [['//server/share', 'file'], '\\\\server\\share\\file'],
  [['\\\\server', 'share'], '\\\\server\\share\\'],
  [['', ''], '.'],
  [[], '.'],
  [['a', '..', '..'], '..'],
  [['./x', './y'], 'x\\y'],
];
for (const [args, want] of table) {
  assert.strictEqual(j(...args), want, `win32.join(${JSON.stringify(args)})`);
}
// Forward slashes are accepted as separators and normalised to backslashes.
assert.strictEqual(j('a/b', 'c/d'), 'a\\b\\c\\d');
for (const bad of [null, undefined, 1, {}, true]) {
  assert.throws(() => j('a', bad), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
}
