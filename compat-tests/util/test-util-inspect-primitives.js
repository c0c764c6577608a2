// covers: util.inspect
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

const i = util.inspect;
assert.strictEqual(i(1), '1');
assert.strictEqual(i(-0), '-0');
assert.strictEqual(i(1.5), '1.5');
assert.strictEqual(i(NaN), 'NaN');
assert.strictEqual(i(-Infinity), '-Infinity');
assert.strictEqual(i(123n), '123n');
assert.strictEqual(i(true), 'true');
assert.strictEqual(i(null), 'null');
assert.strictEqual(i(undefined), 'undefined');
assert.strictEqual(i(Symbol('x')), 'Symbol(x)');
assert.strictEqual(i(Symbol()), 'Symbol()');
// Strings: single quotes by default, switching to avoid escaping.
assert.strictEqual(i('abc'), "'abc'");
assert.strictEqual(i("it's"), '"it\'s"');
assert.strictEqual(i('it\'s "q"'), '`it\'s "q"`');
assert.strictEqual(i('a\nb'), "'a\\nb'");
assert.strictEqual(i('\u0000\u001f'), "'\\x00\\x1F'");
assert.strictEqual(i(''), "''");
// numericSeparator.
assert.strictEqual(i(1234567.891, { numericSeparator: true }), '1_234_567.891');
assert.strictEqual(i(1000000n, { numericSeparator: true }), '1_000_000n');
// Negative fractions keep their sign and their single point; exponent forms print as they are.
assert.strictEqual(i(-0.5, { numericSeparator: true }), '-0.5');
assert.strictEqual(i(-1234.5, { numericSeparator: true }), '-1_234.5');
assert.strictEqual(i(0.000001, { numericSeparator: true }), '0.000_001');
assert.strictEqual(i(-1e21, { numericSeparator: true }), '-1e+21');
assert.strictEqual(util.formatWithOptions({ numericSeparator: true }, '%d %s', -0.5, -0.125), '-0.5 -0.125');
assert.ok(common);
