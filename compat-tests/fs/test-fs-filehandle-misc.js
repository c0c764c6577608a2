// covers: fs.promises.FileHandle.prototype.truncate, fs.promises.FileHandle.prototype.sync, fs.promises.FileHandle.prototype.datasync, fs.promises.FileHandle.prototype.chmod, fs.promises.FileHandle.prototype.utimes, fs.promises.FileHandle.prototype.readLines, fs.promises.FileHandle.prototype.createReadStream, fs.promises.FileHandle.prototype[Symbol.asyncDispose]
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'misc.txt');
fs.writeFileSync(f, 'line1\nline2\r\nline3');

(async () => {
  const fh = await fs.promises.open(f, 'r+');
  const lines = [];
  for await (const l of fh.readLines()) lines.push(l);
  assert.deepStrictEqual(lines, ['line1', 'line2', 'line3']);

  const fh2 = await fs.promises.open(f, 'r+');
  // The methods without a result resolve to undefined.
  assert.strictEqual(await fh2.truncate(5), undefined);
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'line1');
  assert.strictEqual(await fh2.sync(), undefined);
  assert.strictEqual(await fh2.datasync(), undefined);
  if (!common.isWindows) {
    assert.strictEqual(await fh2.chmod(0o600), undefined);
    assert.strictEqual(fs.statSync(f).mode & 0o777, 0o600);
  }
  assert.strictEqual(await fh2.utimes(100, 200), undefined);
  assert.strictEqual(fs.statSync(f).mtimeMs, 200000);

  // createReadStream from a handle.
  const chunks = [];
  const rs = fh2.createReadStream({ start: 1, end: 3, encoding: 'utf8' });
  for await (const c of rs) chunks.push(c);
  assert.strictEqual(chunks.join(''), 'ine');

  if (typeof Symbol.asyncDispose === 'symbol') {
    const fh3 = await fs.promises.open(f);
    await fh3[Symbol.asyncDispose]();
    assert.strictEqual(fh3.fd, -1);
  }
})().then(common.mustCall());
