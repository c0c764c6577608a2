'use strict';
// pipeline(...stages, callback): connects Node streams, web streams, iterables and (async)
// generator functions; any failure destroys every stage; the callback runs once at the end.
const { tick, destroyer: destroyAny, aggregateTwoErrors, AbortError } = require('internal/streams/destroy');
const { eos } = require('internal/streams/end_of_stream');
const u = require('internal/streams/utils');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS, ERR_STREAM_DESTROYED,
           ERR_STREAM_PREMATURE_CLOSE },
} = require('internal/errors');
const { validateFunction, validateAbortSignal } = require('internal/validators');

let PassThrough;
let Duplex;
let Readable;
function lazy() {
  if (!PassThrough) {
    PassThrough = require('internal/streams/transform').PassThrough;
    Duplex = require('internal/streams/duplex');
    Readable = require('internal/streams/readable');
  }
}

function popCallback(streams) {
  validateFunction(streams[streams.length - 1], 'streams[stream.length - 1]');
  return streams.pop();
}

function pipeline(...streams) {
  return pipelineImpl(streams, popCallback(streams));
}

// Destroys `stream` if the pipeline fails before the stream is done by itself.
function watchStage(stream, reading, writing) {
  let done = false;
  stream.on('close', () => { done = true; });
  const cleanup = eos(stream, { readable: reading, writable: writing }, (err) => { done = !err; });
  return {
    destroy(err) {
      if (done) return;
      done = true;
      destroyAny(stream, err || new ERR_STREAM_DESTROYED('pipe'));
    },
    cleanup,
  };
}

function toAsyncIterable(val) {
  if (u.isIterable(val)) return val;
  if (u.isReadableNodeStream(val)) {
    lazy();
    return (async function* () { yield* Readable.prototype[Symbol.asyncIterator].call(val); })();
  }
  throw new ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], val);
}

// Writes an (async) iterable into a Node writable, honouring backpressure.
async function pumpToNode(iterable, writable, finish, { end }) {
  let error;
  let wake = null;
  const resume = (err) => {
    if (err) error = err;
    if (wake) {
      const w = wake;
      wake = null;
      w();
    }
  };
  const wait = () => new Promise((resolve, reject) => {
    if (error) reject(error);
    else wake = () => (error ? reject(error) : resolve());
  });
  writable.on('drain', resume);
  const cleanup = eos(writable, { readable: false }, resume);
  try {
    if (writable.writableNeedDrain) await wait();
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) await wait();
    }
    if (end) {
      writable.end();
      await wait();
    }
    finish();
  } catch (err) {
    finish(error !== err ? aggregateTwoErrors(error, err) : err);
  } finally {
    cleanup();
    writable.off('drain', resume);
  }
}

// Writes an (async) iterable into a web WritableStream.
async function pumpToWeb(readable, writable, finish, { end }) {
  if (u.isTransformStream(writable)) writable = writable.writable;
  const writer = writable.getWriter();
  try {
    for await (const chunk of readable) {
      await writer.ready;
      writer.write(chunk).catch(() => {});
    }
    await writer.ready;
    if (end) await writer.close();
    finish();
  } catch (err) {
    try {
      await writer.abort(err);
      finish(err);
    } catch (err2) {
      finish(err2);
    }
  }
}

// src.pipe(dst) with end and error accounting: finish() is called twice (source, destination).
function pipeNodes(src, dst, finish, { end }) {
  let ended = false;
  dst.on('close', () => {
    if (!ended) finish(new ERR_STREAM_PREMATURE_CLOSE());
  });
  src.pipe(dst, { end: false });
  if (end) {
    const endFn = () => {
      ended = true;
      dst.end();
    };
    if (u.isReadableFinished(src)) tick(endFn);
    else src.once('end', endFn);
    eos(src, { readable: true, writable: false }, (err) => {
      const r = src._readableState;
      if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && r && r.ended && !r.errored && !r.errorEmitted) {
        // Destroyed right after its last chunk: still a normal end.
        src.once('end', endFn).once('end', finish);
      } else {
        finish(err);
      }
    });
  } else {
    finish();
  }
  return eos(dst, { readable: false, writable: true }, finish);
}

function pipelineImpl(streams, callback, opts) {
  lazy();
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw new ERR_MISSING_ARGS('streams');

  const outerSignal = opts && opts.signal;
  validateAbortSignal(outerSignal, 'options.signal');
  // The signal handed to function stages; made only when one asks for it (nothing else can
  // observe it, and an AbortController plus its abort reason cost more than a short pipeline).
  let ac = null;
  let aborted = false;
  function signal() {
    if (ac === null) {
      ac = new AbortController();
      if (aborted) ac.abort();
    }
    return ac.signal;
  }
  const lastStreamCleanup = [];
  const destroys = [];
  let error;
  let value;
  let finishCount = 0;
  let callbackCalled = false;

  function abort() {
    finishImpl(new AbortError(undefined, { cause: outerSignal && outerSignal.reason }));
  }
  if (outerSignal) outerSignal.addEventListener('abort', abort, { once: true });

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }

  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    if (outerSignal) outerSignal.removeEventListener('abort', abort);
    aborted = true;
    if (ac !== null) ac.abort();
    if (final && !callbackCalled) {
      callbackCalled = true;
      if (!error) lastStreamCleanup.forEach((fn) => fn());
      tick(callback, error, value);
    }
  }

  let ret;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || !opts || opts.end !== false;
    const isLastStream = i === streams.length - 1;

    if (u.isNodeStream(stream)) {
      if (end && isLastStream) {
        // Keep an error listener so late errors do not crash the process.
        const onError = (err) => {
          if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
        };
        stream.on('error', onError);
        lastStreamCleanup.push(() => stream.removeListener('error', onError));
      }
      if (reading || writing) {
        const { destroy, cleanup } = watchStage(stream, reading, writing);
        destroys.push(destroy);
        if (u.isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      }
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal: signal() });
        if (!u.isIterable(ret)) throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', ret);
      } else if (u.isIterable(stream) || u.isReadableNodeStream(stream) || u.isTransformStream(stream) ||
                 u.isReadableStream(stream)) {
        ret = stream;
      } else {
        ret = Duplex.from(stream);
      }
    } else if (typeof stream === 'function') {
      if (u.isTransformStream(ret)) ret = toAsyncIterable(ret.readable);
      else ret = toAsyncIterable(ret);
      ret = stream(ret, { signal: signal() });
      if (reading) {
        if (!u.isIterable(ret, true)) throw new ERR_INVALID_RETURN_VALUE('AsyncIterable', `transform[${i - 1}]`, ret);
      } else {
        // The last stage is a function: its result is the pipeline's value.
        const pt = new PassThrough({ objectMode: true });
        const then = ret && ret.then;
        if (typeof then === 'function') {
          finishCount++;
          then.call(ret, (val) => {
            value = val;
            if (val != null) pt.write(val);
            if (end) pt.end();
            tick(finish);
          }, (err) => {
            pt.destroy(err);
            tick(finish, err);
          });
        } else if (u.isIterable(ret, true)) {
          finishCount++;
          pumpToNode(ret, pt, finish, { end });
        } else if (u.isReadableStream(ret) || u.isTransformStream(ret)) {
          finishCount++;
          pumpToNode(ret.readable || ret, pt, finish, { end });
        } else {
          throw new ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', ret);
        }
        ret = pt;
        const { destroy, cleanup } = watchStage(ret, false, true);
        destroys.push(destroy);
        if (isLastStream) lastStreamCleanup.push(cleanup);
      }
    } else if (u.isNodeStream(stream)) {
      if (u.isReadableNodeStream(ret)) {
        finishCount += 2;
        const cleanup = pipeNodes(ret, stream, finish, { end });
        if (u.isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      } else if (u.isTransformStream(ret) || u.isReadableStream(ret)) {
        finishCount++;
        pumpToNode(ret.readable || ret, stream, finish, { end });
      } else if (u.isIterable(ret)) {
        finishCount++;
        pumpToNode(ret, stream, finish, { end });
      } else {
        throw new ERR_INVALID_ARG_TYPE('val',
          ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else if (u.isWebStream(stream)) {
      if (u.isReadableNodeStream(ret)) {
        finishCount++;
        pumpToWeb(toAsyncIterable(ret), stream, finish, { end });
      } else if (u.isReadableStream(ret) || u.isIterable(ret)) {
        finishCount++;
        pumpToWeb(ret, stream, finish, { end });
      } else if (u.isTransformStream(ret)) {
        finishCount++;
        pumpToWeb(ret.readable, stream, finish, { end });
      } else {
        throw new ERR_INVALID_ARG_TYPE('val',
          ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else {
      ret = Duplex.from(stream);
    }
  }

  if ((ac !== null && ac.signal.aborted) || (outerSignal && outerSignal.aborted)) tick(abort);
  return ret;
}

module.exports = { pipeline, pipelineImpl };
