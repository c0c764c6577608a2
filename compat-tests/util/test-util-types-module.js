// covers: util.types
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(require('util/types'), util.types);
assert.strictEqual(require('node:util/types'), util.types);
for (const [name, fn] of Object.entries(util.types)) {
  assert.strictEqual(typeof fn, 'function', name);
  assert.match(name, /^is[A-Z]/);
  // Every checker is false for plain primitives and plain objects.
  for (const v of [undefined, null, 0, 'x', {}]) assert.strictEqual(fn(v), false, `${name}(${String(v)})`);
}
assert.ok(common);
