// covers: Buffer.prototype.inspect, buffer.INSPECT_MAX_BYTES
'use strict';
require('../common');
const assert = require('assert');
const util = require('util');
const buffer = require('buffer');

assert.strictEqual(util.inspect(Buffer.from('abc')), '<Buffer 61 62 63>');
assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');
assert.strictEqual(String(Buffer.from([0, 255]).inspect()), '<Buffer 00 ff>');

assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);
const long = Buffer.alloc(60, 1);
assert.strictEqual(util.inspect(long), `<Buffer ${'01 '.repeat(50)}... 10 more bytes>`);
const justOne = Buffer.alloc(51, 2);
assert.strictEqual(util.inspect(justOne), `<Buffer ${'02 '.repeat(50)}... 1 more byte>`);

// Changing INSPECT_MAX_BYTES affects output.
buffer.INSPECT_MAX_BYTES = 2;
try {
  assert.strictEqual(util.inspect(Buffer.from('abcd')), '<Buffer 61 62 ... 2 more bytes>');
} finally {
  buffer.INSPECT_MAX_BYTES = 50;
}

// Extra own properties are shown.
const withProp = Buffer.from('a');
withProp.foo = 'bar';
assert.strictEqual(util.inspect(withProp), "<Buffer 61, foo: 'bar'>");

// Subclasses and console-style formatting.
assert.strictEqual(util.format('%o', Buffer.from('z')).startsWith('<Buffer 7a'), true);
// %s uses the buffer's own toString().
assert.strictEqual(util.format('%s', Buffer.from('z')), 'z');
