// covers: timers.Timeout.prototype.unref, timers.Timeout.prototype.ref, globalThis.setTimeout
'use strict';
const common = require('../common');
const assert = require('assert');

// An unref'd timer still fires while something else keeps the loop alive.
const unrefd = setTimeout(common.mustCall(), 1);
unrefd.unref();
setTimeout(common.mustCall(), 50);
// Re-ref'ing makes it keep the process alive on its own.
const reref = setTimeout(common.mustCall(), 20).unref();
reref.ref();
assert.strictEqual(reref.hasRef(), true);
