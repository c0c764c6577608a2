// covers: globalThis.setTimeout, globalThis.clearTimeout, globalThis.setInterval, globalThis.clearInterval
'use strict';
const common = require('../common');
const assert = require('assert');

// Clearing a timeout from inside its own callback is harmless.
const t = setTimeout(common.mustCall(() => clearTimeout(t)), 1);
// A timeout can cancel a sibling due in the same tick.
let a, b;
a = setTimeout(common.mustCall(() => clearTimeout(b)), 5);
b = setTimeout(common.mustNotCall(), 5);
// Clearing an interval from a different timer stops it.
let runs = 0;
const iv = setInterval(() => { runs++; }, 1);
setTimeout(common.mustCall(() => {
  clearInterval(iv);
  const snapshot = runs;
  setTimeout(common.mustCall(() => assert.strictEqual(runs, snapshot)), 10);
}), 15);
assert.ok(a);
