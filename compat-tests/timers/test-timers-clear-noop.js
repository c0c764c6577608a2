// covers: timers.clearTimeout, timers.clearInterval, timers.clearImmediate, globalThis.clearTimeout, globalThis.clearInterval, globalThis.clearImmediate
'use strict';
const common = require('../common');
const assert = require('assert');
const timers = require('timers');

// Clearing with junk values is silently ignored.
for (const v of [undefined, null, 0, -1, 'x', {}, [], true, 123456789]) {
  clearTimeout(v);
  clearInterval(v);
  clearImmediate(v);
  timers.clearTimeout(v);
}
// clearTimeout and clearInterval are interchangeable.
const i = setInterval(common.mustNotCall(), 1);
clearTimeout(i);
const t = setTimeout(common.mustNotCall(), 1);
clearInterval(t);
// Clearing an immediate with clearTimeout does not cancel it.
const im = setImmediate(common.mustCall());
clearTimeout(im);
assert.ok(common);
