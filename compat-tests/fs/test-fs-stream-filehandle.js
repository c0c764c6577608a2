// covers: fs.createReadStream, fs.createWriteStream, fsPromises.FileHandle.close
'use strict';
// Streams over a FileHandle do their I/O through the handle's methods and close with it;
// a handle emits 'close' as soon as close() is called.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'hello world');

(async () => {
  const h1 = await fs.promises.open(file, 'r');
  let reads = 0;
  const read = h1.read;
  h1.read = function(...args) { reads++; return read.apply(this, args); };
  let out = '';
  for await (const chunk of fs.createReadStream(null, { fd: h1 })) out += chunk;
  assert.strictEqual(out, 'hello world');
  assert.ok(reads > 0);

  const h2 = await fs.promises.open(file, 'r');
  const stream = fs.createReadStream(null, { fd: h2 });
  stream.on('data', common.mustNotCall());
  const closed = new Promise((resolve) => stream.on('close', resolve));
  let emitted = false;
  h2.on('close', () => { emitted = true; });
  const p = h2.close();
  assert.strictEqual(emitted, true);
  await p;
  await closed;

  const h3 = await fs.promises.open(file, 'r');
  assert.throws(() => fs.createReadStream(null, { fd: h3, fs }), { code: 'ERR_METHOD_NOT_IMPLEMENTED' });
  assert.throws(() => h3.createReadStream({ signal: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  await h3.close();

  const h4 = await fs.promises.open(path.join(dir, 'out.txt'), 'w');
  let writes = 0;
  for (const name of ['write', 'writev']) {
    const orig = h4[name];
    h4[name] = function(...args) { writes++; return orig.apply(this, args); };
  }
  const ws = fs.createWriteStream(null, { fd: h4 });
  await new Promise((resolve) => { ws.end('written'); ws.on('close', resolve); });
  assert.ok(writes > 0);
  assert.strictEqual(fs.readFileSync(path.join(dir, 'out.txt'), 'utf8'), 'written');
})().then(common.mustCall());

// A WriteStream given its own fs without writev writes chunk by chunk; with writev,
// buffered chunks go out together.
{
  let writevCalls = 0;
  const ws = fs.createWriteStream(path.join(dir, 'v.txt'), {
    fs: { open: fs.open, write: fs.write, close: fs.close,
      writev(...args) { writevCalls++; return fs.writev(...args); } },
  });
  ws.write('a'); ws.write('b'); ws.write('c');
  ws.end();
  ws.on('close', common.mustCall(() => {
    assert.ok(writevCalls > 0);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'v.txt'), 'utf8'), 'abc');
  }));
}
