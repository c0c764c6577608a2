// covers: timers.Timeout.prototype.refresh, globalThis.setTimeout
'use strict';
const common = require('../common');
const assert = require('assert');

// refresh() restarts the countdown with the same callback and delay; it
// returns the timer.
let fired = 0;
const t = setTimeout(common.mustCall(() => { fired++; }), 20);
assert.strictEqual(t.refresh(), t);
// Refreshing an already-fired timer re-arms it.
setTimeout(common.mustCall(() => {
  if (fired === 1) {
    const t2 = setTimeout(common.mustCall(2), 1);
    setTimeout(common.mustCall(() => t2.refresh()), 15);
  }
}), 40);
// refresh() on an unref'd timer keeps it unref'd.
const u = setTimeout(() => {}, 10000).unref();
u.refresh();
assert.strictEqual(u.hasRef(), false);
