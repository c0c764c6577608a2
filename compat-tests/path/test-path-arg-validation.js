// covers: path.posix.join, path.posix.resolve, path.posix.normalize, path.posix.isAbsolute, path.posix.relative, path.posix.dirname, path.posix.basename, path.posix.extname, path.posix.parse, path.win32.join, path.win32.resolve, path.win32.normalize, path.win32.isAbsolute, path.win32.relative, path.win32.dirname, path.win32.basename, path.win32.extname, path.win32.parse
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');

const calls = [
  // [label, argument name in the message, call]
  ['join', 'path', (p, v) => p.join(v)], ['resolve', 'paths[0]', (p, v) => p.resolve(v)],
  ['normalize', 'path', (p, v) => p.normalize(v)], ['isAbsolute', 'path', (p, v) => p.isAbsolute(v)],
  ['relative-from', 'from', (p, v) => p.relative(v, 'x')], ['relative-to', 'to', (p, v) => p.relative('x', v)],
  ['dirname', 'path', (p, v) => p.dirname(v)], ['basename', 'path', (p, v) => p.basename(v)],
  ['extname', 'path', (p, v) => p.extname(v)], ['parse', 'path', (p, v) => p.parse(v)],
];
const badValues = [[null, 'Received null'], [undefined, 'Received undefined'],
                   [true, 'Received type boolean (true)'], [42, 'Received type number (42)'],
                   [{}, 'Received an instance of Object'], [[], 'Received an instance of Array']];
for (const flavour of [path.posix, path.win32]) {
  for (const [name, argName, call] of calls) {
    for (const [value, tail] of badValues) {
      assert.throws(() => call(flavour, value), common.expectsError({
        code: 'ERR_INVALID_ARG_TYPE',
        name: 'TypeError',
        message: `The "${argName}" argument must be of type string. ${tail}`,
      }), `${name}(${String(value)})`);
    }
  }
}
// The "ext" argument of basename is validated separately.
assert.throws(() => path.posix.basename('a', 7), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "suffix" argument must be of type string. Received type number (7)',
}));
