// covers: fs.watch
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'watched.txt');
fs.writeFileSync(f, 'a');

// Watching a missing path throws synchronously.
const missing = path.join(dir, 'missing');
assert.throws(() => fs.watch(missing), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'watch');
  return true;
});

// A watcher can be closed and emits 'close' exactly once.
const w = fs.watch(f);
assert.ok(w instanceof require('events'));
assert.strictEqual(typeof w.ref, 'function');
assert.strictEqual(typeof w.unref, 'function');
w.on('close', common.mustCall());
w.close();
w.close();

// A change to a watched directory is reported with the file name.
const dw = fs.watch(dir, common.mustCallAtLeast((eventType, filename) => {
  assert.ok(eventType === 'rename' || eventType === 'change');
  if (filename === 'created.txt') dw.close();
}, 1));
setTimeout(() => fs.writeFileSync(path.join(dir, 'created.txt'), 'x'), 50);
