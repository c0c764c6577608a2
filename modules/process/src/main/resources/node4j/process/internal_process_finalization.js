'use strict';
// process.finalization: callbacks run on 'exit' (register) or 'beforeExit' (registerBeforeExit)
// for objects still alive then. Objects are held weakly: one that is garbage collected first
// drops its callback. A listener for an event is on `process` only while it has entries.
const { validateObject, kValidateObjectAllowFunction } = require('internal/validators');
const { emitExperimentalWarning } = require('internal/process/warning');

function createFinalization(process) {
  const entries = { exit: new Set(), beforeExit: new Set() };   // of WeakRef, each with .fn
  const listeners = { exit: () => runAll('exit'), beforeExit: () => runAll('beforeExit') };
  // A collected object's entry leaves its set (held value: the entry; token: the object).
  const registry = new FinalizationRegistry((ref) => {
    for (const event of ['exit', 'beforeExit']) {
      if (entries[event].delete(ref)) stopListening(event);
    }
  });

  function startListening(event) {
    if (entries[event].size === 0) process.on(event, listeners[event]);
  }

  function stopListening(event) {
    if (entries[event].size === 0) process.removeListener(event, listeners[event]);
  }

  function runAll(event) {
    for (const ref of entries[event]) {
      const obj = ref.deref();
      if (obj !== undefined) ref.fn(obj, event);
    }
    entries[event].clear();
    stopListening(event);
  }

  function add(event, obj, fn) {
    validateObject(obj, 'obj', kValidateObjectAllowFunction);
    startListening(event);
    const ref = new WeakRef(obj);
    ref.fn = fn;
    registry.register(obj, ref, obj);
    entries[event].add(ref);
  }

  return {
    register(obj, fn) {
      emitExperimentalWarning('process.finalization.register');
      add('exit', obj, fn);
    },
    registerBeforeExit(obj, fn) {
      emitExperimentalWarning('process.finalization.registerBeforeExit');
      add('beforeExit', obj, fn);
    },
    unregister(obj) {
      emitExperimentalWarning('process.finalization.unregister');
      registry.unregister(obj);   // a TypeError for a non-object, as in Node
      for (const event of ['exit', 'beforeExit']) {
        for (const ref of entries[event]) {
          if (ref.deref() !== obj) continue;
          entries[event].delete(ref);
          stopListening(event);
        }
      }
    },
  };
}

module.exports = { createFinalization };
