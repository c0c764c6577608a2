'use strict';
// ReadableStream.prototype.pipeTo (Streams standard ReadableStreamPipeTo), with preventClose,
// preventAbort, preventCancel and signal.
const { kState, deferred, invalidState } = require('internal/webstreams/util');
const R = require('internal/webstreams/readable');
const W = require('internal/webstreams/writable');
const { AbortError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');

// Not the global queueMicrotask: user code may replace it.
const microtask = (fn) => { Promise.resolve().then(fn); };

function pipeTo(source, dest, options) {
  if (!(dest instanceof W.WritableStream) || !dest[kState]) {
    return Promise.reject(new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', dest));
  }
  options = options == null ? {} : options;
  const preventClose = !!options.preventClose;
  const preventAbort = !!options.preventAbort;
  const preventCancel = !!options.preventCancel;
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  const src = source[kState];
  const dst = dest[kState];
  if (src.reader !== undefined) return Promise.reject(invalidState('The ReadableStream is locked'));
  if (dst.writer !== undefined) return Promise.reject(invalidState('The WritableStream is locked'));

  const reader = new R.ReadableStreamDefaultReader(source);
  const r = reader[kState];
  const writer = new W.WritableStreamDefaultWriter(dest);
  const w = writer[kState];
  src.disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const done = deferred();
  let abortAlgorithm;

  function finalize(isError, error) {
    W.writerRelease(w);
    R.readerRelease(r);
    if (signal && abortAlgorithm) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) done.reject(error);
    else done.resolve();
  }

  function waitForWrites() {
    const old = currentWrite;
    return old.then(() => (old !== currentWrite ? waitForWrites() : undefined), () => undefined);
  }

  function shutdownWithAction(action, isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    const run = () => action().then(() => finalize(isError, error), (e) => finalize(true, e));
    if (dst.state === 'writable' && !W.closeQueuedOrInFlight(dst)) waitForWrites().then(run);
    else run();
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dst.state === 'writable' && !W.closeQueuedOrInFlight(dst)) waitForWrites().then(() => finalize(isError, error));
    else finalize(isError, error);
  }

  if (signal) {
    abortAlgorithm = () => {
      const error = signal.reason !== undefined ? signal.reason : new AbortError();
      const actions = [];
      if (!preventAbort) actions.push(() => (dst.state === 'writable' ? W.streamAbort(dst, error) : Promise.resolve()));
      if (!preventCancel) actions.push(() => (src.state === 'readable' ? R.readableStreamCancel(src, error) : Promise.resolve()));
      shutdownWithAction(() => Promise.all(actions.map((a) => a())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return done.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  // Error and close propagation, checked on every state change.
  function onSourceErrored(storedError) {
    if (!preventAbort) shutdownWithAction(() => W.streamAbort(dst, storedError), true, storedError);
    else shutdown(true, storedError);
  }
  function onDestErrored(storedError) {
    if (!preventCancel) shutdownWithAction(() => R.readableStreamCancel(src, storedError), true, storedError);
    else shutdown(true, storedError);
  }
  function onSourceClosed() {
    if (!preventClose) shutdownWithAction(() => W.writerCloseWithErrorPropagation(w));
    else shutdown();
  }
  function onDestClosing() {
    const destClosed = new TypeError('the destination writable stream closed before all data could be piped to it');
    if (!preventCancel) shutdownWithAction(() => R.readableStreamCancel(src, destClosed), true, destClosed);
    else shutdown(true, destClosed);
  }

  r.closed.promise.then(() => { if (!shuttingDown) onSourceClosed(); }, (e) => { if (!shuttingDown) onSourceErrored(e); });
  w.closed.promise.then(() => {}, (e) => { if (!shuttingDown) onDestErrored(e); });

  if (src.state === 'errored') onSourceErrored(src.storedError);
  else if (dst.state === 'errored' || dst.state === 'erroring') onDestErrored(dst.storedError);
  else if (src.state === 'closed') onSourceClosed();
  else if (W.closeQueuedOrInFlight(dst) || dst.state === 'closed') onDestClosing();

  function step() {
    if (shuttingDown) return;
    w.ready.promise.then(() => {
      if (shuttingDown) return;
      R.defaultReaderRead(r, {
        chunk: (chunk) => {
          currentWrite = W.writerWrite(w, chunk);
          currentWrite.catch(() => {});
          microtask(step);
        },
        close: () => {},
        error: () => {},
      });
    }, () => {});
  }
  step();
  return done.promise;
}

module.exports = { pipeTo };
