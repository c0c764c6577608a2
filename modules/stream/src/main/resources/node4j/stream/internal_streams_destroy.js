'use strict';
// destroy()/_destroy plumbing shared by Readable and Writable (a Duplex has both states), the
// _construct handshake, and errorOrDestroy: how a stream reports an error it detected itself.
// tick: process.nextTick, under the name the stream files use.
const { nextTick: tick } = require('internal/core');
const { codes: { ERR_MULTIPLE_CALLBACK }, AbortError } = require('internal/errors');

const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');

function recordError(err, r, w) {
  if (!err) return;
  void err.stack;   // capture the stack before the stream unwinds
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

// Both an Error's aggregate and a second error should not be lost.
function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) { outer.errors.push(inner); return outer; }
    const err = new AggregateError([outer, inner], outer.message);
    err.code = outer.code;
    return err;
  }
  return inner || outer;
}

function destroy(err, cb) {
  const r = this._readableState;
  const w = this._writableState;
  const s = w || r;
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  recordError(err, r, w);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  if (!s.constructed) {
    // Wait for _construct to finish before tearing down.
    this.once(kDestroy, (er) => runDestroy(this, aggregateTwoErrors(er, err), cb));
  } else {
    runDestroy(this, err, cb);
  }
  return this;
}

function runDestroy(self, err, cb) {
  let called = false;
  function onDestroy(err2) {
    if (called) return;
    called = true;
    const r = self._readableState;
    const w = self._writableState;
    recordError(err2, r, w);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(err2);
    if (err2) tick(emitErrorCloseNT, self, err2);
    else tick(emitCloseNT, self);
  }
  try {
    self._destroy(err || null, onDestroy);
  } catch (e) {
    onDestroy(e);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  const r = self._readableState;
  const w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
}

function emitErrorNT(self, err) {
  const r = self._readableState;
  const w = self._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

// Back to the initial state (Readable/Writable.prototype._undestroy, used by net sockets).
function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  if (r) {
    r.constructed = true; r.closed = false; r.closeEmitted = false; r.destroyed = false;
    r.errored = null; r.errorEmitted = false; r.reading = false;
    r.ended = r.readable === false; r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true; w.destroyed = false; w.closed = false; w.closeEmitted = false;
    w.errored = null; w.errorEmitted = false; w.finalCalled = false; w.prefinished = false;
    w.ended = w.writable === false; w.ending = w.writable === false; w.finished = w.writable === false;
  }
}

// A stream found an error: destroy it when it auto-destroys, else just emit 'error'.
function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    recordError(err, r, w);
    if (sync) tick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

// Runs stream._construct(cb) on the next tick; I/O waits for it (state.constructed).
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) > 1) return;
  tick(constructNT, stream);
}

function constructNT(stream) {
  let called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    const s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kConstruct);
  }
  try {
    stream._construct((err) => tick(onConstruct, err));
  } catch (err) {
    tick(onConstruct, err);
  }
}

// Destroys anything stream-like: Node streams, requests (abort), objects with close().
function destroyer(stream, err) {
  if (!stream || stream.destroyed) return;
  if (typeof stream.destroy === 'function') stream.destroy(err);
  else if (typeof stream.close === 'function') stream.close();
  else if (typeof stream.abort === 'function') stream.abort();
  else if (err) tick((s, e) => s.emit('error', e), stream, err);
}

module.exports = {
  destroy, undestroy, errorOrDestroy, construct, destroyer, aggregateTwoErrors,
  kDestroy, kConstruct, AbortError, tick,
};
