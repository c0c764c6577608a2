// covers: fs.existsSync, fs.exists
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'e.txt');
fs.writeFileSync(f, '');

assert.strictEqual(fs.existsSync(f), true);
assert.strictEqual(fs.existsSync(dir), true);
assert.strictEqual(fs.existsSync(path.join(dir, 'nope')), false);
assert.strictEqual(fs.existsSync(Buffer.from(f)), true);
assert.strictEqual(fs.existsSync(new URL('file://' + f)), !common.isWindows);
// Invalid arguments return false instead of throwing.
assert.strictEqual(fs.existsSync(), false);
assert.strictEqual(fs.existsSync(null), false);
assert.strictEqual(fs.existsSync(123456789), false);
assert.strictEqual(fs.existsSync({}), false);
assert.strictEqual(fs.existsSync('a\0b'), false);
assert.strictEqual(fs.existsSync(''), false);

// fs.exists passes a single boolean (no error argument).
fs.exists(f, common.mustCall(function(result) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(result, true);
}));
fs.exists(path.join(dir, 'nope'), common.mustCall((result) => {
  assert.strictEqual(result, false);
}));
assert.throws(() => fs.exists(f), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
