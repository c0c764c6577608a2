// covers: util.styleText
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

// validateStream: false always emits the escape codes.
const opts = { validateStream: false };
assert.strictEqual(util.styleText('red', 'x', opts), '\u001b[31mx\u001b[39m');
assert.strictEqual(util.styleText(['bold', 'underline'], 'y', opts), '\u001b[1m\u001b[4my\u001b[24m\u001b[22m');
assert.strictEqual(util.stripVTControlCharacters(util.styleText('green', 'plain', opts)), 'plain');
assert.throws(() => util.styleText('not-a-color', 'x', opts), common.expectsError({
  code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
}));
assert.throws(() => util.styleText('red', 5, opts), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
}));
// The stream option must be a real stream.
assert.throws(() => util.styleText('red', 'z', { stream: {} }), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream. Received an instance of Object',
}));
