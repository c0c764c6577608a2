// covers: fs.createReadStream, fs.ReadStream
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'rs.txt');
const content = 'x'.repeat(100000) + 'END';
fs.writeFileSync(f, content);

const rs = fs.createReadStream(f);
assert.ok(rs instanceof fs.ReadStream);
assert.strictEqual(rs.path, f);
const events = [];
let data = '';
rs.on('open', common.mustCall((fd) => {
  assert.strictEqual(typeof fd, 'number');
  events.push('open');
}));
rs.on('ready', common.mustCall(() => events.push('ready')));
rs.on('data', (chunk) => {
  assert.ok(Buffer.isBuffer(chunk));
  assert.ok(chunk.length <= 64 * 1024);
  data += chunk;
});
rs.on('end', common.mustCall(() => {
  events.push('end');
  assert.strictEqual(data, content);
  assert.strictEqual(rs.bytesRead, content.length);
}));
rs.on('close', common.mustCall(() => {
  events.push('close');
  assert.deepStrictEqual(events, ['open', 'ready', 'end', 'close']);
}));

// Encoding option yields strings.
fs.createReadStream(f, { encoding: 'utf8', highWaterMark: 10, start: 0, end: 9 })
  .on('data', common.mustCall((chunk) => assert.strictEqual(chunk, 'x'.repeat(10))))
  .on('end', common.mustCall());

// Missing file emits error (then close).
const missing = path.join(dir, 'missing');
const bad = fs.createReadStream(missing);
bad.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${missing}'`);
}));
bad.on('close', common.mustCall());
bad.on('data', common.mustNotCall());
