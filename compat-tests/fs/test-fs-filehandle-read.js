// covers: fs.promises.open, fs.promises.FileHandle.prototype.read, fs.promises.FileHandle.prototype.readFile, fs.promises.FileHandle, fs.promises.FileHandle.prototype.fd
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'fh.txt');
fs.writeFileSync(f, 'filehandle data');

(async () => {
  const fh = await fs.promises.open(f, 'r');
  assert.strictEqual(typeof fh.fd, 'number');
  assert.strictEqual(fh.constructor.name, 'FileHandle');

  const buf = Buffer.alloc(4);
  const r1 = await fh.read(buf, 0, 4, 0);
  assert.strictEqual(r1.bytesRead, 4);
  assert.strictEqual(r1.buffer, buf);
  assert.strictEqual(buf.toString(), 'file');

  // Options object; position null continues from current position.
  const r2 = await fh.read({ buffer: Buffer.alloc(6), position: 4 });
  assert.strictEqual(r2.bytesRead, 6);
  assert.strictEqual(r2.buffer.toString(), 'handle');

  // No arguments: allocates a 16 KiB buffer.
  const r3 = await fh.read();
  assert.strictEqual(r3.buffer.length, 16384);

  // Reading at EOF.
  const r4 = await fh.read(Buffer.alloc(4), 0, 4, 1000);
  assert.strictEqual(r4.bytesRead, 0);

  // r3 (position null) consumed the file from the current position (0) to EOF,
  // so readFile() continues from there and sees nothing.
  assert.strictEqual(r3.bytesRead, 15);
  assert.strictEqual(await fh.readFile('utf8'), '');
  await fh.close();
  assert.strictEqual(fh.fd, -1);
  await assert.rejects(fh.read(Buffer.alloc(1), 0, 1, 0), { code: 'EBADF' });

  // A fresh handle reads the whole file.
  const fh2 = await fs.promises.open(f);
  assert.strictEqual(await fh2.readFile({ encoding: 'utf8' }), 'filehandle data');
  await fh2.close();
})().then(common.mustCall());
