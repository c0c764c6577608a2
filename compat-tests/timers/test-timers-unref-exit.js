// covers: timers.Timeout.prototype.unref, globalThis.setInterval, globalThis.setTimeout, process.on
'use strict';
const common = require('../common');
const assert = require('assert');

// An unref'd long interval/timeout must not keep the process alive: the
// process reaches 'exit' quickly without ever running them.
setInterval(common.mustNotCall('unref interval ran'), 60 * 60 * 1000).unref();
setTimeout(common.mustNotCall('unref timeout ran'), 60 * 60 * 1000).unref();
const im = setImmediate(common.mustNotCall('unref immediate ran'));
im.unref();
const start = Date.now();
process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  // Generous slack: just make sure we did not wait for the hour-long timer.
  assert.ok(Date.now() - start < 60 * 1000);
});
