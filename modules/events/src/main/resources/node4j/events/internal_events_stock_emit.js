'use strict';
// EventEmitter.prototype.emit as the events module defined it (events.js sets `emit`), and the
// per-chunk streams' shortcut built on it: emitter.emit(ev) for an event nobody listens to does
// nothing observable while the emitter uses this very function, so the call is skipped. Compared
// with the events module's own function, not the prototype's current one, so that a program that
// replaced the prototype's emit (as tracing tools do) still sees every event.
const stock = {
  emit: undefined,
  emitIfListened(emitter, ev) {
    if (emitter.emit === stock.emit) {
      const events = emitter._events;
      if (events === undefined || events[ev] === undefined) return;
    }
    emitter.emit(ev);
  },
};
module.exports = stock;
