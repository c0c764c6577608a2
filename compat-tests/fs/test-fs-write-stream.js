// covers: fs.createWriteStream, fs.WriteStream
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'ws.txt');

const ws = fs.createWriteStream(f);
assert.ok(ws instanceof fs.WriteStream);
assert.strictEqual(ws.path, f);
ws.on('open', common.mustCall((fd) => assert.strictEqual(typeof fd, 'number')));
assert.strictEqual(ws.write('abc'), true);
ws.write(Buffer.from('def'));
ws.write('676869', 'hex');
ws.end('!', common.mustCall());
ws.on('finish', common.mustCall(() => {
  assert.strictEqual(ws.bytesWritten, 10);
}));
ws.on('close', common.mustCall(() => {
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'abcdefghi!');

  // flags: 'a' appends; start option positions writes.
  const app = fs.createWriteStream(f, { flags: 'a' });
  app.end('+', common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(f, 'utf8'), 'abcdefghi!+');
    const mid = fs.createWriteStream(f, { flags: 'r+', start: 1 });
    mid.end('XY');
    mid.on('close', common.mustCall(() => {
      assert.strictEqual(fs.readFileSync(f, 'utf8'), 'aXYdefghi!+');
    }));
  }));
}));

// Writing after end.
const w2 = fs.createWriteStream(path.join(dir, 'w2.txt'));
w2.end();
w2.write('late', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
}));
w2.on('error', common.mustCall((err) => {
  assert.strictEqual(err.message, 'write after end');
}));

// Opening in a missing directory errors.
const bad = fs.createWriteStream(path.join(dir, 'no', 'such.txt'));
bad.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
