// covers: util.inspect, util.inspect.colors, util.inspect.styles
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

assert.deepStrictEqual(util.inspect.colors.red, [31, 39]);
assert.deepStrictEqual(util.inspect.colors.bold, [1, 22]);
assert.strictEqual(util.inspect.styles.number, 'yellow');
assert.strictEqual(util.inspect.styles.string, 'green');
assert.strictEqual(util.inspect.styles.null, 'bold');
assert.strictEqual(util.inspect(5, { colors: true }), '\u001b[33m5\u001b[39m');
assert.strictEqual(util.inspect(null, { colors: true }), '\u001b[1mnull\u001b[22m');
assert.strictEqual(util.inspect(undefined, { colors: true }), '\u001b[90mundefined\u001b[39m');
// Styles can be remapped.
const saved = util.inspect.styles.number;
try {
  util.inspect.styles.number = 'red';
  assert.strictEqual(util.inspect(5, { colors: true }), '\u001b[31m5\u001b[39m');
} finally {
  util.inspect.styles.number = saved;
}
assert.ok(common);
