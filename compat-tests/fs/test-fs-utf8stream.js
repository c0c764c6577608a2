// covers: fs.Utf8Stream, fs.Utf8Stream.prototype.write, fs.Utf8Stream.prototype.end
// covers: fs.Utf8Stream.prototype.flush, fs.Utf8Stream.prototype.flushSync
// covers: fs.Utf8Stream.prototype.fsync, fs.Utf8Stream.prototype.reopen
// covers: fs.Utf8Stream.prototype.destroy, fs.Utf8Stream.prototype[Symbol.dispose]
// covers: fs.Utf8Stream.prototype.append, fs.Utf8Stream.prototype.contentMode
// covers: fs.Utf8Stream.prototype.fd, fs.Utf8Stream.prototype.file
// covers: fs.Utf8Stream.prototype.maxLength, fs.Utf8Stream.prototype.minLength
// covers: fs.Utf8Stream.prototype.mkdir, fs.Utf8Stream.prototype.mode
// covers: fs.Utf8Stream.prototype.periodicFlush, fs.Utf8Stream.prototype.sync
// covers: fs.Utf8Stream.prototype.writing
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

if (typeof fs.Utf8Stream !== 'function') common.skip('fs.Utf8Stream is not available');
common.tmpdir.refresh();
const read = (f) => fs.readFileSync(f, 'utf8');

// Synchronous mode: every write reaches the file before write() returns.
const file = common.tmpdir.resolve('sync.log');
fs.writeFileSync(file, 'old\n');
const s = new fs.Utf8Stream({ dest: file, sync: true });
assert.strictEqual(s.file, file);
assert.strictEqual(typeof s.fd, 'number');
assert.strictEqual(s.sync, true);
assert.strictEqual(s.append, true);
assert.strictEqual(s.contentMode, 'utf8');
assert.strictEqual(s.minLength, 0);
assert.strictEqual(s.maxLength, 0);
assert.strictEqual(s.periodicFlush, 0);
assert.strictEqual(s.mkdir, false);
assert.strictEqual(s.mode, undefined);
assert.strictEqual(s.writing, false);
assert.strictEqual(s.write('h\u00e9llo\n'), true);
assert.strictEqual(read(file), 'old\nh\u00e9llo\n');        // appended
s.flushSync();
s.flush(common.mustSucceed());
assert.strictEqual(s.fsync, false);   // an option: fsync after every write

// reopen() opens the file again, e.g. after it was moved away by log rotation.
const rotated = common.tmpdir.resolve('sync.log.1');
fs.renameSync(file, rotated);
s.reopen();
s.write('after rotation\n');
assert.strictEqual(read(file), 'after rotation\n');
assert.strictEqual(read(rotated), 'old\nh\u00e9llo\n');
s.on('finish', common.mustCall());
s.on('close', common.mustCall(() => asyncPart()));
s.end();

function asyncPart() {
  // mkdir creates missing parent directories; append: false truncates.
  const nested = common.tmpdir.resolve('a', 'b', 'async.log');
  const a = new fs.Utf8Stream({ dest: nested, mkdir: true, append: false, mode: 0o600 });
  assert.strictEqual(a.mkdir, true);
  assert.strictEqual(a.append, false);
  assert.strictEqual(a.mode, 0o600);
  assert.strictEqual(a.sync, false);
  a.on('ready', common.mustCall(() => {
    assert.ok(fs.statSync(path.dirname(nested)).isDirectory());
    assert.strictEqual(a.write('one\n'), true);
    assert.strictEqual(a.writing, true);   // an asynchronous write is under way
    a.write('two\n');
    a.end();
  }));
  a.on('close', common.mustCall(() => {
    assert.strictEqual(read(nested), 'one\ntwo\n');
    assert.strictEqual(fs.statSync(nested).mode & 0o777, 0o600);
    destroyPart();
  }));
}

function destroyPart() {
  // destroy() closes without flushing; writing afterwards throws.
  const a = new fs.Utf8Stream({ dest: common.tmpdir.resolve('destroyed.log') });
  a.on('ready', common.mustCall(() => a.destroy()));
  a.on('close', common.mustCall(() => {
    assert.throws(() => a.write('late'), { message: /destroyed/ });
    disposePart();
  }));
}

function disposePart() {
  // Symbol.dispose ends the stream.
  const f = common.tmpdir.resolve('dispose.log');
  const d = new fs.Utf8Stream({ dest: f, sync: true, fsync: true });
  assert.strictEqual(d.fsync, true);
  d.write('x');
  d.on('close', common.mustCall(() => assert.strictEqual(read(f), 'x')));
  d[Symbol.dispose]();
}

assert.throws(() => new fs.Utf8Stream({}),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
