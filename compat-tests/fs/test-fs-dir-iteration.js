// covers: fs.Dir.prototype.entries, fs.Dir.prototype[Symbol.asyncIterator]
// covers: fs.Dir.prototype[Symbol.dispose], fs.Dir.prototype[Symbol.asyncDispose]
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

common.tmpdir.refresh();
for (const n of ['a', 'b', 'c']) fs.writeFileSync(common.tmpdir.resolve(n), n);
fs.mkdirSync(common.tmpdir.resolve('sub'));

const closedError = { code: 'ERR_DIR_CLOSED', name: 'Error' };

(async () => {
  // entries() is an async iterator of Dirents that closes the Dir when done.
  const dir = fs.opendirSync(common.tmpdir.path);
  const it = dir.entries();
  assert.strictEqual(typeof it[Symbol.asyncIterator], 'function');
  const names = [];
  for await (const d of it) {
    assert.ok(d instanceof fs.Dirent);
    names.push(d.name + (d.isDirectory() ? '/' : ''));
  }
  assert.deepStrictEqual(names.sort(), ['a', 'b', 'c', 'sub/']);
  assert.throws(() => dir.readSync(), closedError);

  // Symbol.asyncIterator does the same; breaking out early also closes the Dir.
  const dir2 = await fs.promises.opendir(common.tmpdir.path);
  assert.strictEqual(typeof dir2[Symbol.asyncIterator], 'function');
  let count = 0;
  for await (const d of dir2) {
    assert.strictEqual(typeof d.name, 'string');
    if (++count === 2) break;
  }
  assert.strictEqual(count, 2);
  await assert.rejects(dir2.close(), closedError);

  // Symbol.dispose closes synchronously; a second dispose is harmless.
  const dir3 = fs.opendirSync(common.tmpdir.path);
  assert.ok(dir3.readSync() instanceof fs.Dirent);
  assert.strictEqual(dir3[Symbol.dispose](), undefined);
  assert.throws(() => dir3.readSync(), closedError);
  dir3[Symbol.dispose]();

  // Symbol.asyncDispose returns a promise and closes the Dir.
  const dir4 = fs.opendirSync(common.tmpdir.path);
  const p = dir4[Symbol.asyncDispose]();
  assert.ok(p instanceof Promise);
  assert.strictEqual(await p, undefined);
  assert.throws(() => dir4.readSync(), closedError);
  await dir4[Symbol.asyncDispose]();

  // An empty directory yields nothing.
  const emptyDir = fs.opendirSync(common.tmpdir.resolve('sub'));
  const none = [];
  for await (const d of emptyDir) none.push(d);
  assert.deepStrictEqual(none, []);
})().then(common.mustCall());
