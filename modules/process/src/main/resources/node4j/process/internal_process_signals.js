'use strict';
// Signal events: the first 'SIGxxx' listener on process starts catching the signal, removing
// the last one gives the signal its default action back (as Node's 'newListener' and
// 'removeListener' hooks do). Deliveries arrive as loop completions that emit the event.
const { uvErrno } = require('internal/errors');

function install(process, signalNames, binding) {
  const isSignal = (type) => typeof type === 'string' && Object.hasOwn(signalNames, type);
  let signals;   // the Java side, on first use
  const emit = (name) => process.emit(name, name);

  process.on('newListener', function startListeningIfSignal(type) {
    if (!isSignal(type) || process.listenerCount(type) > 0) return;
    signals ??= binding.signals();
    const err = signals.watch(type, emit);
    if (err) {
      // Node's libuv error shape: "uv_signal_start EINVAL".
      const e = new Error(`uv_signal_start ${err}`);
      e.errno = uvErrno[err][0];
      e.code = err;
      e.syscall = 'uv_signal_start';
      throw e;
    }
  });

  process.on('removeListener', function stopListeningIfSignal(type) {
    if (!isSignal(type) || process.listenerCount(type) > 0 || signals === undefined) return;
    signals.unwatch(type);
  });
}

module.exports = { install };
