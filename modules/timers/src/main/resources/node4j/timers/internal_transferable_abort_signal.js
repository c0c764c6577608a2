'use strict';
// util.transferableAbortSignal / transferableAbortController: a signal that structuredClone can
// transfer. The transferred copy is a new AbortSignal that aborts, with a structured clone of the
// reason, when the original does: at once if the original already has, else in the poll phase of
// the loop's next iteration (where Node's MessagePort delivers the abort). The copy is
// transferable too.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { markTransferable } = require('internal/structured_clone');

const binding = internalBinding('timers');

function transfer(signal, cloneValue) {
  const ac = new AbortController();
  if (signal.aborted) {
    ac.abort(cloneValue(signal.reason));
  } else {
    signal.addEventListener('abort', () => {
      let reason;
      try {
        reason = cloneValue(signal.reason);
      } catch (err) {
        require('process').nextTick(() => { throw err; });   // as Node: uncaught, from the abort
        return;
      }
      binding.post(() => ac.abort(reason));
    }, { once: true });
  }
  return transferableAbortSignal(ac.signal);
}

function transferableAbortSignal(signal) {
  if (!(signal instanceof AbortSignal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  markTransferable(signal, (cloneValue) => transfer(signal, cloneValue));
  return signal;
}

function transferableAbortController() {
  const ac = new AbortController();
  transferableAbortSignal(ac.signal);
  return ac;
}

module.exports = { transferableAbortSignal, transferableAbortController };
