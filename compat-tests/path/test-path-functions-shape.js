// covers: path.posix.join, path.posix.resolve, path.posix.normalize, path.posix.parse, path.win32.join, path.win32.resolve, path.win32.relative, path.win32.parse
'use strict';
require('../common');
const assert = require('assert');
const path = require('path');

// path's functions are methods in Node: not constructors, no prototype, Node's names and lengths.
const shapes = {
  resolve: 0, normalize: 1, isAbsolute: 1, join: 0, relative: 2, toNamespacedPath: 1,
  dirname: 1, basename: 2, extname: 1, parse: 1, matchesGlob: 2,
};
for (const flavour of [path.posix, path.win32]) {
  for (const [name, length] of Object.entries(shapes)) {
    const fn = flavour[name];
    assert.strictEqual(typeof fn, 'function', name);
    assert.strictEqual(fn.name, name);
    assert.strictEqual(fn.length, length, `${name}.length`);
    assert.strictEqual(Object.hasOwn(fn, 'prototype'), false, `${name} has no prototype`);
    assert.throws(() => new fn('a'), TypeError, `new ${name}()`);
  }
  // Calling them detached from the object works: they do not use `this`.
  const { join, parse } = flavour;
  assert.strictEqual(typeof join('a', 'b'), 'string');
  assert.strictEqual(parse('a.txt').ext, '.txt');
}
