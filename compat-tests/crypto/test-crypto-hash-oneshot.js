// covers: crypto.hash
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

if (typeof crypto.hash !== 'function') common.skip('crypto.hash not available');

assert.strictEqual(crypto.hash('sha1', 'abc'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
assert.strictEqual(crypto.hash('md5', 'abc', 'hex'), '900150983cd24fb0d6963f7d28e17f72');
assert.strictEqual(crypto.hash('sha256', Buffer.from('abc'), 'base64'),
                   Buffer.from('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'hex')
                     .toString('base64'));
const buf = crypto.hash('sha256', 'abc', 'buffer');
assert.ok(Buffer.isBuffer(buf));
assert.strictEqual(buf.length, 32);

assert.throws(() => crypto.hash('sha256', 123), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
}));
assert.throws(() => crypto.hash(1, 'abc'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "algorithm" argument must be of type string. Received type number (1)',
}));
