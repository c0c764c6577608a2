// covers: fs.watchFile, fs.unwatchFile
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

common.tmpdir.refresh();
const file = common.tmpdir.resolve('watched.txt');
fs.writeFileSync(file, 'one');

// The listener gets (current, previous) Stats when the polled stat changes.
const listener = common.mustCallAtLeast((curr, prev) => {
  assert.ok(curr instanceof fs.Stats);
  assert.ok(prev instanceof fs.Stats);
  if (curr.size !== 'one and two'.length) return;
  assert.strictEqual(prev.size, 3);
  fs.unwatchFile(file, listener);
  done();
}, 1);
const watcher = fs.watchFile(file, { interval: 20 }, listener);
assert.strictEqual(typeof watcher.ref, 'function');
assert.strictEqual(typeof watcher.unref, 'function');
// Give the first poll time to record the initial state, then change the file.
setTimeout(() => fs.appendFileSync(file, ' and two'), 100);

const done = common.mustCall(() => {
  // A missing file is reported with zeroed stats; removing it is a change too.
  const missing = common.tmpdir.resolve('appears.txt');
  let calls = 0;
  const onMissing = common.mustCallAtLeast((curr, prev) => {
    if (calls++ === 0) {
      // The first change is from "does not exist".
      assert.strictEqual(prev.mtimeMs, 0);
      assert.strictEqual(prev.size, 0);
    }
    if (curr.size === 2) {
      // unwatchFile without a listener removes every listener for the file.
      fs.unwatchFile(missing);
    }
  }, 1);
  fs.watchFile(missing, { interval: 20, persistent: true }, onMissing);
  setTimeout(() => fs.writeFileSync(missing, 'hi'), 100);
});

// Unwatching a file that is not watched is a no-op.
fs.unwatchFile(common.tmpdir.resolve('never-watched'));
assert.throws(() => fs.watchFile(file, { interval: 20 }),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
