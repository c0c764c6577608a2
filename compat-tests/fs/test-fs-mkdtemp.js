// covers: fs.mkdtempSync, fs.mkdtemp, fs.promises.mkdtemp
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const prefix = path.join(dir, 'tmp-');

const a = fs.mkdtempSync(prefix);
assert.ok(a.startsWith(prefix));
assert.strictEqual(a.length, prefix.length + 6);
assert.match(path.basename(a), /^tmp-[A-Za-z0-9]{6}$/);
assert.ok(fs.statSync(a).isDirectory());
const b = fs.mkdtempSync(prefix);
assert.notStrictEqual(a, b);

// Buffer encoding.
const c = fs.mkdtempSync(prefix, { encoding: 'buffer' });
assert.ok(Buffer.isBuffer(c));

// Missing parent.
assert.throws(() => fs.mkdtempSync(path.join(dir, 'no', 'x-')), {
  code: 'ENOENT',
  syscall: 'mkdtemp',
});
assert.throws(() => fs.mkdtempSync(123), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));

fs.mkdtemp(prefix, common.mustSucceed((p) => {
  assert.ok(p.startsWith(prefix));
  assert.ok(fs.existsSync(p));
}));
fs.promises.mkdtemp(prefix).then(common.mustCall((p) => {
  assert.ok(fs.statSync(p).isDirectory());
}));
