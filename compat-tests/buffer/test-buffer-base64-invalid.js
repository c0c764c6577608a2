// covers: Buffer.from, Buffer.prototype.write, Buffer.byteLength
'use strict';
require('../common');
const assert = require('assert');

// Characters outside the alphabet are skipped rather than rejected.
assert.strictEqual(Buffer.from('Zm9v*YmFy', 'base64').toString(), 'foobar');
assert.strictEqual(Buffer.from('Z!m@9#v', 'base64').toString(), 'foo');
assert.strictEqual(Buffer.from('====', 'base64').length, 0);
assert.strictEqual(Buffer.from('', 'base64').length, 0);
// A single leftover char cannot form a byte.
assert.strictEqual(Buffer.from('Zm9vY', 'base64').toString(), 'foo');
// Padding in the middle terminates decoding.
assert.strictEqual(Buffer.from('Zm8=Zm8=', 'base64').toString(), 'fo');

// write() with base64 into a short buffer truncates.
const b = Buffer.alloc(2);
assert.strictEqual(b.write('Zm9vYmFy', 'base64'), 2);
assert.strictEqual(b.toString(), 'fo');

// byteLength is an upper estimate for inputs containing junk.
assert.ok(Buffer.byteLength('Zm9v*YmFy', 'base64') >= 6);
