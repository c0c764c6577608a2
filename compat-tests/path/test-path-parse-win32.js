// covers: path.win32.parse
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const p = path.win32.parse;
const table = [
  ['C:\\path\\dir\\index.html', { root: 'C:\\', dir: 'C:\\path\\dir', base: 'index.html', ext: '.html', name: 'index' }],
  ['C:\\another_path\\DIR\\1\\2\\33\\\\index', { root: 'C:\\', dir: 'C:\\another_path\\DIR\\1\\2\\33\\', base: 'index', ext: '', name: 'index' }],
  ['another_path\\DIR with spaces\\1\\2\\33\\index', { root: '', dir: 'another_path\\DIR with spaces\\1\\2\\33', base: 'index', ext: '', name: 'index' }],
  ['\\', { root: '\\', dir: '\\', base: '', ext: '', name: '' }],
  ['\\foo\\C:', { root: '\\', dir: '\\foo', base: 'C:', ext: '', name: 'C:' }],
  ['file', { root: '', dir: '', base: 'file', ext: '', name: 'file' }],
  ['file:stream', { root: '', dir: '', base: 'file:stream', ext: '', name: 'file:stream' }],
  ['.\\file', { root: '', dir: '.', base: 'file', ext: '', name: 'file' }],
  ['C:', { root: 'C:', dir: 'C:', base: '', ext: '', name: '' }],
  ['C:.', { root: 'C:', dir: 'C:', base: '.', ext: '', name: '.' }],
  ['C:\\', { root: 'C:\\', dir: 'C:\\', base: '', ext: '', name: '' }],
  ['C:\\abc', { root: 'C:\\', dir: 'C:\\', base: 'abc', ext: '', name: 'abc' }],
  ['', { root: '', dir: '', base: '', ext: '', name: '' }],
  ['\\\\server\\share\\file_path', { root: '\\\\server\\share\\', dir: '\\\\server\\share\\', base: 'file_path', ext: '', name: 'file_path' }],
  ['\\\\?\\UNC\\server\\share', { root: '\\\\?\\UNC\\', dir: '\\\\?\\UNC\\server', base: 'share', ext: '', name: 'share' }],
];
for (const [input, want] of table) {
  assert.deepStrictEqual(p(input), want, `win32.parse(${JSON.stringify(input)})`);
}
assert.throws(() => p(5), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
