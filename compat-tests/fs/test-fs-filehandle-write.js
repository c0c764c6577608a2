// covers: fs.promises.open, fs.promises.FileHandle.prototype.write, fs.promises.FileHandle.prototype.writeFile, fs.promises.FileHandle.prototype.appendFile, fs.promises.FileHandle.prototype.writev, fs.promises.FileHandle
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'fhw.txt');

(async () => {
  const fh = await fs.promises.open(f, 'w+');
  const r1 = await fh.write(Buffer.from('hello'));
  assert.strictEqual(r1.bytesWritten, 5);
  assert.ok(Buffer.isBuffer(r1.buffer));
  const r2 = await fh.write(' world', null, 'utf8');
  assert.strictEqual(r2.bytesWritten, 6);
  assert.strictEqual(r2.buffer, ' world');
  // Positioned write.
  await fh.write(Buffer.from('H'), 0, 1, 0);
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'Hello world');

  const r3 = await fh.writev([Buffer.from('!'), Buffer.from('?')]);
  assert.strictEqual(r3.bytesWritten, 2);
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'Hello world!?');

  await fh.close();

  const fh2 = await fs.promises.open(f, 'w');
  await fh2.writeFile('replaced');
  await fh2.appendFile(' + more');
  await fh2.close();
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'replaced + more');

  // Writing through a read-only handle.
  const ro = await fs.promises.open(f, 'r');
  await assert.rejects(ro.write('x'), { code: 'EBADF', syscall: 'write' });
  await ro.close();
  // close() twice is harmless.
  await ro.close();

  await assert.rejects(fs.promises.open(path.join(dir, 'missing'), 'r'), {
    code: 'ENOENT',
    syscall: 'open',
  });
})().then(common.mustCall());
