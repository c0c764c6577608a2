// covers: buffer.transcode
'use strict';
const common = require('../common');
const assert = require('assert');
const { transcode } = require('buffer');

if (typeof transcode !== 'function') common.skip('no ICU transcode');

const src = Buffer.from('héllo €');
const u16 = transcode(src, 'utf8', 'ucs2');
assert.deepStrictEqual(u16, Buffer.from('héllo €', 'utf16le'));
assert.strictEqual(transcode(u16, 'utf16le', 'utf8').toString(), 'héllo €');

// Characters not representable in the target become '?'.
assert.strictEqual(transcode(Buffer.from('€'), 'utf8', 'latin1').toString('latin1'), '?');
assert.strictEqual(transcode(Buffer.from('€'), 'utf8', 'ascii').toString('ascii'), '?');
assert.deepStrictEqual(transcode(Buffer.from('é'), 'utf8', 'latin1'), Buffer.from([0xe9]));
assert.deepStrictEqual(transcode(Buffer.from([0xe9]), 'latin1', 'utf8'), Buffer.from('é'));
assert.strictEqual(transcode(Buffer.from('abc'), 'ascii', 'utf16le').toString('utf16le'), 'abc');

// Empty input.
assert.strictEqual(transcode(Buffer.alloc(0), 'utf8', 'ucs2').length, 0);

assert.throws(() => transcode(Buffer.from('a'), 'utf8', 'hex'), (err) => {
  assert.strictEqual(err.code, 'U_ILLEGAL_ARGUMENT_ERROR');
  assert.strictEqual(err.message, 'Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
  return true;
});
assert.throws(() => transcode('abc', 'utf8', 'ucs2'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "source" argument must be an instance of Buffer or Uint8Array. Received type string (\'abc\')',
}));
