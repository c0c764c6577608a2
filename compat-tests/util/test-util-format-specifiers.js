// covers: util.format
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

const f = util.format;
assert.strictEqual(f('%s', 'str'), 'str');
assert.strictEqual(f('%s', 42), '42');
assert.strictEqual(f('%s', -0), '-0');
assert.strictEqual(f('%s', 10n), '10n');
assert.strictEqual(f('%s', Symbol('s')), 'Symbol(s)');
assert.strictEqual(f('%s', null), 'null');
assert.strictEqual(f('%s', undefined), 'undefined');
assert.strictEqual(f('%d', '42.5'), '42.5');
assert.strictEqual(f('%d', 10n), '10n');
assert.strictEqual(f('%d', {}), 'NaN');
assert.strictEqual(f('%i', 42.9), '42');
assert.strictEqual(f('%i', '-7.2'), '-7');
assert.strictEqual(f('%f', '1.5e3'), '1500');
assert.strictEqual(f('%f', 'x'), 'NaN');
assert.strictEqual(f('%j', { a: 1, b: [2] }), '{"a":1,"b":[2]}');
const circ = {};
circ.self = circ;
assert.strictEqual(f('%j', circ), '[Circular]');
assert.strictEqual(f('%o', [1]), "[ 1, [length]: 1 ]");
assert.strictEqual(f('%O', { a: { b: 1 } }), '{ a: { b: 1 } }');
// %c consumes an argument and prints nothing.
assert.strictEqual(f('a%cb', 'color: red'), 'ab');
// With a single argument nothing is formatted, not even %%.
assert.strictEqual(f('100%%'), '100%%');
assert.strictEqual(f('%d%%', 5), '5%');
assert.strictEqual(f('%% %s'), '%% %s');
// Missing arguments leave the specifier in place.
assert.strictEqual(f('%s and %s', 'one'), 'one and %s');
// Unknown specifiers are kept literally.
assert.strictEqual(f('%x', 1), '%x 1');
assert.ok(common);

// %s calls String() on objects whose class defines toString and is not one of the language's
// own (Node's classes count as user classes here), and inspects the others.
assert.strictEqual(util.format('%s', new URL('http://a/b')), 'http://a/b');
assert.strictEqual(util.format('%s', new URLSearchParams('a=1&b=2')), 'a=1&b=2');
assert.strictEqual(util.format('%s', Buffer.from('hi')), 'hi');
assert.strictEqual(util.format('%s', new Uint8Array([1, 2])), '1,2');
assert.strictEqual(util.format('%s', new Map([[1, 2]])), 'Map(1) { 1 => 2 }');
