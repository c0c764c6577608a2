// covers: path.posix.join, path.join
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const j = path.posix.join;
const table = [
  [['.', 'x/b', '..', '/b/c.js'], 'x/b/c.js'],
  [['/.', 'x/b', '..', '/b/c.js'], '/x/b/c.js'],
  [['/foo', '../../../bar'], '/bar'],
  [['foo', '../../../bar'], '../../bar'],
  [['foo/', '../../../bar'], '../../bar'],
  [['foo/x', '../../../bar'], '../bar'],
  [['foo/x', './bar'], 'foo/x/bar'],
  [['foo/x/', './bar'], 'foo/x/bar'],
  [['foo/x/', '.', 'bar'], 'foo/x/bar'],
  [['./'], './'],
  [['.', './'], './'],
  [['.', '.', '.'], '.'],
  [['.', './', '.'], '.'],
  [['.', '/./', '.'], '.'],
  [['.', '/////./', '.'], '.'],
  [['.'], '.'],
  [['', '.'], '.'],
  [['', 'foo'], 'foo'],
  [['foo', '/bar'], 'foo/bar'],
  [['', '/foo'], '/foo'],
  [['', '', '/foo'], '/foo'],
  [['', '', 'foo'], 'foo'],
  [['foo', ''], 'foo'],
  [['foo/', ''], 'foo/'],
  [['foo', '', '/bar'], 'foo/bar'],
  [['./', '..', '/foo'], '../foo'],
  [['./', '..', '..', '/foo'], '../../foo'],
  [['.', '..', '..', '/foo'], '../../foo'],
  [['', '..', '..', '/foo'], '../../foo'],
  [['/'], '/'],
  [['/', '.'], '/'],
  [['/', '..'], '/'],
  [['/', '..', '..'], '/'],
  [[' /foo'], ' /foo'],
  [[' ', 'foo'], ' /foo'],
  [[' ', '.'], ' '],
  [[' ', '/'], ' /'],
  [[' ', ''], ' '],
  [['/', 'foo'], '/foo'],
  [['/', '/foo'], '/foo'],
  [['/', '//foo'], '/foo'],
  [['/', '', '/foo'], '/foo'],
  [['', '/', 'foo'], '/foo'],
  [['', '/', '/foo'], '/foo'],
];
for (const [args, want] of table) {
  assert.strictEqual(j(...args), want, `join(${JSON.stringify(args)})`);
}
if (!common.isWindows) assert.strictEqual(path.join('a', 'b'), 'a/b');
