// covers: fs.writeFileSync, fs.writeFile, fs.promises.writeFile, fs.appendFileSync, fs.writeSync, fs.write
'use strict';
// Data of several MiB (runtimes write such data in chunks) lands whole and in order, from a view
// that starts inside its ArrayBuffer, by every face of writeFile and by writeSync at a position;
// by fs.write with a callback at a position and writeFile on a descriptor; a failure to open
// reports the open's error.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const size = 3 * 1048576 + 5;
const backing = Buffer.alloc(size + 7);
for (let i = 0; i < backing.length; i++) backing[i] = (i * 31 + (i >> 11)) & 0xff;
const data = backing.subarray(7);   // byteOffset 7: the write must honour it

function sameAsData(file) {
  const got = fs.readFileSync(file);
  assert.strictEqual(got.length, size);
  assert.ok(got.equals(data), `${file} differs from what was written`);
}

const syncFile = path.join(dir, 'sync.bin');
fs.writeFileSync(syncFile, data);
sameAsData(syncFile);

// Overwriting a longer file truncates it first.
fs.writeFileSync(syncFile, Buffer.concat([data, data]));
fs.writeFileSync(syncFile, data);
sameAsData(syncFile);

// Appending adds the whole data after what is there.
const appended = path.join(dir, 'append.bin');
fs.writeFileSync(appended, 'head');
fs.appendFileSync(appended, data);
const got = fs.readFileSync(appended);
assert.strictEqual(got.subarray(0, 4).toString(), 'head');
assert.ok(got.subarray(4).equals(data));

// writeSync at a position: the bytes before it stay, the file grows to position + length.
const positioned = path.join(dir, 'positioned.bin');
fs.writeFileSync(positioned, 'abcdefghij');
const fd = fs.openSync(positioned, 'r+');
assert.strictEqual(fs.writeSync(fd, data, 0, size, 3), size);
fs.closeSync(fd);
const atThree = fs.readFileSync(positioned);
assert.strictEqual(atThree.length, size + 3);
assert.strictEqual(atThree.subarray(0, 3).toString(), 'abc');
assert.ok(atThree.subarray(3).equals(data));

// fs.write with a callback at a position reports the whole length and the same buffer.
const cbPositioned = path.join(dir, 'cb-positioned.bin');
fs.writeFileSync(cbPositioned, 'abcdefghij');
const cbFd = fs.openSync(cbPositioned, 'r+');
fs.write(cbFd, data, 0, size, 3, common.mustSucceed((written, buffer) => {
  assert.strictEqual(written, size);
  assert.strictEqual(buffer, data);
  fs.closeSync(cbFd);
  const all = fs.readFileSync(cbPositioned);
  assert.strictEqual(all.length, size + 3);
  assert.strictEqual(all.subarray(0, 3).toString(), 'abc');
  assert.ok(all.subarray(3).equals(data));
}));

// writeFile on an open descriptor writes from its current position.
const byFd = path.join(dir, 'by-fd.bin');
const fdForWriteFile = fs.openSync(byFd, 'w');
fs.writeSync(fdForWriteFile, 'head');
fs.writeFile(fdForWriteFile, data, common.mustSucceed(() => {
  fs.closeSync(fdForWriteFile);
  const all = fs.readFileSync(byFd);
  assert.strictEqual(all.subarray(0, 4).toString(), 'head');
  assert.ok(all.subarray(4).equals(data));
}));

const cbFile = path.join(dir, 'callback.bin');
fs.writeFile(cbFile, data, common.mustSucceed(() => {
  sameAsData(cbFile);
}));

const promiseFile = path.join(dir, 'promise.bin');
fs.promises.writeFile(promiseFile, data).then(common.mustCall((result) => {
  assert.strictEqual(result, undefined);
  sameAsData(promiseFile);
}));

const missing = path.join(dir, 'no-such-dir', 'x.bin');
assert.throws(() => fs.writeFileSync(missing, data), { code: 'ENOENT', syscall: 'open', path: missing });
fs.writeFile(missing, data, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.path, missing);
}));
assert.rejects(fs.promises.writeFile(dir, data), { code: 'EISDIR' }).then(common.mustCall());
