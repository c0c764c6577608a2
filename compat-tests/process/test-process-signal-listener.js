// covers: process.on, process.kill, process.removeAllListeners
'use strict';
const common = require('../common');
const assert = require('assert');

if (common.isWindows) common.skip('POSIX signals');

// A listener catches a signal sent to the process (emitted with the signal's name); it does not
// keep the process alive by itself: the interval does until the signal has arrived.
const keepAlive = setInterval(() => {}, 1000);
process.on('SIGWINCH', common.mustCall((name) => {
  assert.strictEqual(name, 'SIGWINCH');
  process.removeAllListeners('SIGWINCH');
  clearInterval(keepAlive);
}));
process.kill(process.pid, 'SIGWINCH');

// SIGKILL and SIGSTOP cannot be caught: adding a listener throws libuv's EINVAL.
for (const sig of ['SIGKILL', 'SIGSTOP']) {
  assert.throws(() => process.on(sig, () => {}), common.expectsError({
    code: 'EINVAL', errno: -22, syscall: 'uv_signal_start', message: 'uv_signal_start EINVAL',
  }));
  assert.strictEqual(process.listenerCount(sig), 0);
}
