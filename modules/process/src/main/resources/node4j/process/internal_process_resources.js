'use strict';
// What keeps the loop alive, as Node reports it: process.getActiveResourcesInfo(),
// process._getActiveRequests(), process._getActiveHandles(), and process.ref()/unref().
// Requests are the loop's pending thread-pool work that its module named (fs: FSReqCallback);
// timers and immediates are the ref'd ones the timers module counts; the handle known here is a
// stdin being read. Other modules' handles (servers, sockets, children, watchers) are not listed.
const core = require('internal/core');

const kRef = Symbol.for('nodejs.ref');
const kUnref = Symbol.for('nodejs.unref');

function install(process, binding) {
  const requestClasses = new Map();

  /** Kinds of the in-flight requests, a file stdin being read counting as an fs read. */
  function requestKinds() {
    const kinds = Array.from(core.binding.activeRequests());
    if (binding.stdinActive() && binding.stdinKind() === 'file') kinds.push('FSReqCallback');
    return kinds;
  }

  /** [owner, type] of the handles: stdin while it is read from a terminal, pipe or socket. */
  function handles() {
    if (!binding.stdinActive()) return [];
    const kind = binding.stdinKind();
    if (kind === 'tty') return [[process.stdin, 'TTYWrap']];
    if (kind === 'pipe' || kind === 'socket') return [[process.stdin, 'PipeWrap']];
    return [];
  }

  function timerCounts() {
    const timers = core.loadedBuiltin('internal/timers');   // never loaded: no timers exist
    return timers ? timers.activeCounts() : [0, 0];
  }

  /** A stand-in for a request of `kind` (Node hands out its internal request objects). */
  function requestObject(kind) {
    let C = requestClasses.get(kind);
    if (C === undefined) {
      C = { [kind]: class {} }[kind];
      requestClasses.set(kind, C);
    }
    return new C();
  }

  Object.assign(process, {
    getActiveResourcesInfo() {
      const [timeouts, immediates] = timerCounts();
      return [
        ...requestKinds(),
        ...handles().map(([, type]) => type),
        ...new Array(timeouts).fill('Timeout'),
        ...new Array(immediates).fill('Immediate'),
      ];
    },
    _getActiveRequests() {
      return requestKinds().map(requestObject);
    },
    _getActiveHandles() {
      return handles().map(([owner]) => owner);
    },
    ref(maybeRefable) {
      if (maybeRefable == null) return;
      if (typeof maybeRefable[kRef] === 'function') maybeRefable[kRef]();
      else if (typeof maybeRefable.ref === 'function') maybeRefable.ref();
    },
    unref(maybeRefable) {
      if (maybeRefable == null) return;
      if (typeof maybeRefable[kUnref] === 'function') maybeRefable[kUnref]();
      else if (typeof maybeRefable.unref === 'function') maybeRefable.unref();
    },
  });
}

module.exports = { install };
