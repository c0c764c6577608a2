// covers: fs.promises.FileHandle.prototype.readv
// covers: fs.promises.FileHandle.prototype.createWriteStream
// covers: fs.promises.FileHandle.prototype.readableWebStream
// covers: fs.promises.FileHandle.prototype.getAsyncId, fs.openAsBlob
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

common.tmpdir.refresh();
const file = common.tmpdir.resolve('fh.txt');
fs.writeFileSync(file, 'abcdefghij');

(async () => {
  // readv fills several buffers in order and reports the total.
  let fh = await fs.promises.open(file, 'r');
  assert.strictEqual(typeof fh.getAsyncId(), 'number');
  const other = await fs.promises.open(file, 'r');
  assert.notStrictEqual(other.getAsyncId(), fh.getAsyncId());
  await other.close();
  const a = Buffer.alloc(3);
  const b = Buffer.alloc(4);
  const r = await fh.readv([a, b]);
  assert.strictEqual(r.bytesRead, 7);
  assert.strictEqual(r.buffers[0], a);
  assert.strictEqual(a.toString(), 'abc');
  assert.strictEqual(b.toString(), 'defg');
  // With a position, the file offset is not used; at the end nothing is read.
  const c = Buffer.alloc(5);
  assert.strictEqual((await fh.readv([c], 8)).bytesRead, 2);
  assert.strictEqual(c.subarray(0, 2).toString(), 'ij');
  assert.strictEqual((await fh.readv([Buffer.alloc(2)], 100)).bytesRead, 0);
  await fh.close();

  // readableWebStream yields the bytes as Uint8Arrays.
  fh = await fs.promises.open(file, 'r');
  const stream = fh.readableWebStream();
  assert.strictEqual(typeof stream.getReader, 'function');
  const chunks = [];
  for await (const chunk of stream) {
    assert.ok(chunk instanceof Uint8Array);
    chunks.push(Buffer.from(chunk));
  }
  assert.strictEqual(Buffer.concat(chunks).toString(), 'abcdefghij');
  await fh.close();

  // createWriteStream writes through the handle.
  const out = common.tmpdir.resolve('out.txt');
  fh = await fs.promises.open(out, 'w');
  const ws = fh.createWriteStream();
  assert.ok(ws instanceof fs.WriteStream);
  ws.write('hello ');
  ws.end('world');
  await new Promise((resolve, reject) => { ws.on('close', resolve); ws.on('error', reject); });
  assert.strictEqual(fs.readFileSync(out, 'utf8'), 'hello world');
  // The stream closed the handle (autoClose defaults to true).
  await assert.rejects(fh.stat(), { code: 'EBADF' });

  // A start position writes into the middle of an existing file.
  fh = await fs.promises.open(out, 'r+');
  const ws2 = fh.createWriteStream({ start: 6 });
  ws2.end('WORLD');
  await new Promise((resolve) => ws2.on('close', resolve));
  assert.strictEqual(fs.readFileSync(out, 'utf8'), 'hello WORLD');

  // openAsBlob: a Blob backed by the file.
  const blob = await fs.openAsBlob(file, { type: 'text/plain' });
  assert.ok(blob instanceof Blob);
  assert.strictEqual(blob.size, 10);
  assert.strictEqual(blob.type, 'text/plain');
  assert.strictEqual(await blob.text(), 'abcdefghij');
  assert.strictEqual(await blob.slice(2, 5).text(), 'cde');
  assert.strictEqual((await fs.openAsBlob(file)).type, '');
  assert.throws(() => fs.openAsBlob(5),
                common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
})().then(common.mustCall());
