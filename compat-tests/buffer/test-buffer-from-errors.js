// covers: Buffer.from
'use strict';
const common = require('../common');
const assert = require('assert');

const typeMsg = /^The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object\./;

for (const [value, tail] of [
  [undefined, 'Received undefined'],
  [null, 'Received null'],
  [5, 'Received type number (5)'],
  [true, 'Received type boolean (true)'],
  [Symbol('s'), 'Received type symbol (Symbol(s))'],
]) {
  assert.throws(() => Buffer.from(value), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: new RegExp(typeMsg.source + ' ' + tail.replace(/[()]/g, '\\$&') + '$'),
  }));
}

assert.throws(() => Buffer.from(() => {}), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message: typeMsg,
}));
assert.throws(() => Buffer.from({}), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message: typeMsg,
}));

// Unknown encoding on a string.
assert.throws(() => Buffer.from('abc', 'utf9'), common.expectsError({
  code: 'ERR_UNKNOWN_ENCODING',
  name: 'TypeError',
  message: 'Unknown encoding: utf9',
}));

// Encoding names are case-insensitive.
assert.strictEqual(Buffer.from('ff', 'HEX')[0], 255);
assert.strictEqual(Buffer.from('YQ==', 'Base64').toString(), 'a');
assert.strictEqual(Buffer.from('abc', 'UTF-8').toString(), 'abc');
// Empty/undefined encoding defaults to utf8.
assert.strictEqual(Buffer.from('é', undefined).length, 2);

