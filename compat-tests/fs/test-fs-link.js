// covers: fs.linkSync, fs.link, fs.promises.link
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const src = path.join(dir, 'src');
const dst = path.join(dir, 'hard');
fs.writeFileSync(src, 'shared');
fs.linkSync(src, dst);
assert.strictEqual(fs.statSync(src).nlink, 2);
assert.strictEqual(fs.statSync(src).ino, fs.statSync(dst).ino);
// Writes through one name are visible via the other.
fs.appendFileSync(dst, '!');
assert.strictEqual(fs.readFileSync(src, 'utf8'), 'shared!');
fs.unlinkSync(src);
assert.strictEqual(fs.readFileSync(dst, 'utf8'), 'shared!');
assert.strictEqual(fs.statSync(dst).nlink, 1);

const missing = path.join(dir, 'missing');
assert.throws(() => fs.linkSync(missing, path.join(dir, 'x')), {
  code: 'ENOENT',
  syscall: 'link',
  message: `ENOENT: no such file or directory, link '${missing}' -> '${path.join(dir, 'x')}'`,
});
assert.throws(() => fs.linkSync(dst, dst), { code: 'EEXIST', syscall: 'link' });

fs.link(dst, path.join(dir, 'cb'), common.mustSucceed(() => {
  assert.strictEqual(fs.statSync(dst).nlink, 2);
  fs.promises.link(dst, path.join(dir, 'p')).then(common.mustCall(() => {
    assert.strictEqual(fs.statSync(dst).nlink, 3);
  }));
}));
