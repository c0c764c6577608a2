'use strict';
// The rest of Readable: pipe/unpipe, the readable* properties, async iteration, Readable.from,
// the web-stream adapters and the operator methods.
const Readable = require('internal/streams/readable');
const destroyImpl = require('internal/streams/destroy');
const { tick, errorOrDestroy } = destroyImpl;
const { validateObject } = require('internal/validators');
const { emitReadable, flow, prependListener } = Readable[Symbol.for('node4j.readable.internal')];

function nop() {}

Readable.prototype.pipe = function(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;
  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    // From one to several destinations: track every writer that asked us to wait.
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    !(typeof process === 'object' && (dest === process.stdout || dest === process.stderr));
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) tick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, info) {
    if (readable === src && info && info.hasUnpiped === false) {
      info.hasUnpiped = true;
      cleanup();
    }
  }
  function onend() { dest.end(); }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // Do not leave the source waiting for a drain that will never come from this dest.
    if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    // A write() that throws (bad chunk type, a throwing _write) destroys dest with that error.
    let ret;
    try {
      ret = dest.write(chunk);
    } catch (error) {
      dest.destroy(error);
      return;
    }
    if (ret === false) pause();
  }

  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() { src.unpipe(dest); }

  dest.emit('pipe', src);
  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();
  return dest;
};

function pipeOnDrain(src, dest) {
  return function() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if (state.multiAwaitDrain) state.awaitDrainWriters.delete(dest);
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (const d of dests) d.emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// ---- properties users read -------------------------------------------------------------------
function getter(name, get, set) {
  Object.defineProperty(Readable.prototype, name, { get, set, enumerable: false, configurable: true });
}
getter('readable', function() {
  const r = this._readableState;
  return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
}, function(val) {
  if (this._readableState) this._readableState.readable = !!val;
});
getter('readableDidRead', function() { return this._readableState.dataEmitted; });
getter('readableAborted', function() {
  const r = this._readableState;
  return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
});
getter('readableHighWaterMark', function() { return this._readableState.highWaterMark; });
getter('readableBuffer', function() { return this._readableState && this._readableState.buffer; });
getter('readableFlowing', function() { return this._readableState.flowing; },
  function(v) { if (this._readableState) this._readableState.flowing = v; });
getter('readableLength', function() { return this._readableState ? this._readableState.length : undefined; });
getter('readableObjectMode', function() { return this._readableState ? this._readableState.objectMode : false; });
getter('readableEncoding', function() { return this._readableState ? this._readableState.encoding : null; });
getter('errored', function() { return this._readableState ? this._readableState.errored : null; });
getter('closed', function() { return this._readableState ? this._readableState.closed : false; });
getter('destroyed', function() { return this._readableState ? this._readableState.destroyed : false; },
  function(v) { if (this._readableState) this._readableState.destroyed = v; });
getter('readableEnded', function() { return this._readableState ? this._readableState.endEmitted : false; });

// ---- async iteration -----------------------------------------------------------------------
Readable.prototype[Symbol.asyncIterator] = function() {
  return iterate(this, undefined);
};
Readable.prototype.iterator = function(options) {
  if (options !== undefined) validateObject(options, 'options');
  return iterate(this, options);
};

async function* iterate(stream, options) {
  const { eos } = require('internal/streams/end_of_stream');
  let wake = nop;
  const waitForData = (resolve) => { wake = resolve; };
  function onReadable() { const w = wake; wake = nop; w(); }
  stream.on('readable', onReadable);
  let error;   // undefined: running; null: ended cleanly; Error: failed
  const stopWatching = eos(stream, { writable: false }, (err) => {
    error = err ? destroyImpl.aggregateTwoErrors(error, err) : null;
    onReadable();
  });
  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) yield chunk;
      else if (error) throw error;
      else if (error === null) return;
      else await new Promise(waitForData);
    }
  } catch (err) {
    error = destroyImpl.aggregateTwoErrors(error, err);
    throw error;
  } finally {
    const keep = !error && options && options.destroyOnReturn === false;
    if (!keep && (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', onReadable);
      stopWatching();
    }
  }
}

// ---- construction helpers --------------------------------------------------------------------
Readable.from = function(iterable, opts) {
  return require('internal/streams/from').from(Readable, iterable, opts);
};
Readable.fromWeb = function(readableStream, options) {
  return require('internal/webstreams/adapters').newStreamReadableFromReadableStream(readableStream, options);
};
Readable.toWeb = function(streamReadable, options) {
  return require('internal/webstreams/adapters').newReadableStreamFromStreamReadable(streamReadable, options);
};
Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) { destroyImpl.destroyer(src, err); callback(err); },
  }).wrap(src);
};

require('internal/streams/operators').install(Readable);
void emitReadable; void flow;
