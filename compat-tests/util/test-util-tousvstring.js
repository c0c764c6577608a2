// covers: util.toUSVString
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.toUSVString('abc'), 'abc');
assert.strictEqual(util.toUSVString('a\ud800b'), 'a\ufffdb');
assert.strictEqual(util.toUSVString('\udc00'), '\ufffd');
assert.strictEqual(util.toUSVString('\ud83d\ude00'), '\ud83d\ude00');
assert.strictEqual(util.toUSVString('\ude00\ud83d'), '\ufffd\ufffd');
assert.strictEqual(util.toUSVString(42), '42');
assert.ok(common);
