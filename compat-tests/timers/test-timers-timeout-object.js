// covers: timers.setTimeout, timers.Timeout.prototype.ref, timers.Timeout.prototype.unref, timers.Timeout.prototype.hasRef, timers.Timeout.prototype.close, globalThis.setTimeout, globalThis.clearTimeout
'use strict';
const common = require('../common');
const assert = require('assert');

const t = setTimeout(common.mustNotCall(), 1000);
assert.strictEqual(typeof t, 'object');
assert.strictEqual(t.constructor.name, 'Timeout');
assert.strictEqual(t.hasRef(), true);
// ref/unref return the timer and toggle hasRef.
assert.strictEqual(t.unref(), t);
assert.strictEqual(t.hasRef(), false);
assert.strictEqual(t.ref(), t);
assert.strictEqual(t.hasRef(), true);
// close() cancels like clearTimeout and returns the timer.
assert.strictEqual(t.close(), t);
// Calling clearTimeout on an already-closed timer is harmless.
clearTimeout(t);
