// covers: timers.setTimeout, timers.clearTimeout, timers.setInterval, timers.clearInterval, timers.setImmediate, timers.clearImmediate, timers.promises, globalThis.setTimeout, globalThis.clearTimeout, globalThis.setInterval, globalThis.clearInterval, globalThis.setImmediate, globalThis.clearImmediate
'use strict';
const common = require('../common');
const assert = require('assert');
const timers = require('timers');

// The global timer functions are the timers module functions.
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
                    'setImmediate', 'clearImmediate']) {
  assert.strictEqual(typeof timers[name], 'function', name);
  assert.strictEqual(globalThis[name], timers[name], name);
}
assert.strictEqual(timers.promises, require('timers/promises'));
assert.strictEqual(require('node:timers'), timers);
assert.ok(common);
