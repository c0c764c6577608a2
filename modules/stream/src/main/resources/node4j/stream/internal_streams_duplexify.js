'use strict';
// Duplex.from(body): turns streams, { readable, writable } pairs, iterables, async generator
// functions, promises, Blobs and web streams into a Duplex.
const Duplex = require('internal/streams/duplex');
const { from } = require('internal/streams/from');
const { eos } = require('internal/streams/end_of_stream');
const { tick, destroyer, AbortError } = require('internal/streams/destroy');
const u = require('internal/streams/utils');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE } } = require('internal/errors');

function isBlob(b) {
  return typeof Blob === 'function' && b instanceof Blob;
}

function duplexify(body, name) {
  if (u.isDuplexNodeStream(body)) return body;
  if (u.isReadableNodeStream(body)) return fromPair({ readable: body });
  if (u.isWritableNodeStream(body)) return fromPair({ writable: body });
  if (u.isNodeStream(body)) return fromPair({ writable: false, readable: false });
  const adapters = () => require('internal/webstreams/adapters');
  if (u.isReadableStream(body)) return fromPair({ readable: adapters().newStreamReadableFromReadableStream(body) });
  if (u.isWritableStream(body)) return fromPair({ writable: adapters().newStreamWritableFromWritableStream(body) });
  if (u.isTransformStream(body)) {
    return fromPair({
      readable: adapters().newStreamReadableFromReadableStream(body.readable),
      writable: adapters().newStreamWritableFromWritableStream(body.writable),
    });
  }

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (u.isIterable(value)) return from(Duplex, value, { objectMode: true, write, final, destroy });
    const then = value && value.then;
    if (typeof then === 'function') {
      let d;
      // The function is a sink: a non-nullish result fails the stream at final().
      const promise = then.call(value, (val) => {
        if (val != null) throw new ERR_INVALID_RETURN_VALUE('nully', 'body', val);
      }, (err) => destroyer(d, err));
      d = new Duplex({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              tick(cb, null);
            } catch (err) {
              tick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  if (isBlob(body)) return duplexify(body.arrayBuffer(), name);
  if (u.isIterable(body)) return from(Duplex, body, { objectMode: true, writable: false });

  if (body && (typeof body.writable === 'object' || typeof body.readable === 'object')) {
    const readable = body.readable
      ? (u.isReadableNodeStream(body.readable) ? body.readable : duplexify(body.readable))
      : undefined;
    const writable = body.writable
      ? (u.isWritableNodeStream(body.writable) ? body.writable : duplexify(body.writable))
      : undefined;
    return fromPair({ readable, writable });
  }

  const then = body && body.then;
  if (typeof then === 'function') {
    let d;
    then.call(body, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => destroyer(d, err));
    d = new Duplex({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw new ERR_INVALID_ARG_TYPE(name,
    ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable', 'Function',
     '{ readable, writable } pair', 'Promise'], body);
}

// Calls fn(source, { signal }) where source is an async generator fed by the Duplex's writes.
function fromAsyncGen(fn) {
  let pending = deferred();
  const ac = new AbortController();
  const signal = ac.signal;
  const source = (async function* () {
    while (true) {
      const { chunk, done, cb } = await pending.promise;
      // The next write may only come after cb, so the next deferred is ready first.
      pending = deferred();
      tick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      yield chunk;
    }
  })();
  const value = fn(source, { signal });
  return {
    value,
    write(chunk, encoding, cb) {
      pending.resolve({ chunk, done: false, cb });
    },
    final(cb) {
      pending.resolve({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

// A Duplex over a readable and/or a writable Node stream.
function fromPair(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ? require('internal/streams/readable').wrap(pair.readable) : pair.readable;
  const w = pair.writable;
  let readable = !!u.isReadable(r);
  let writable = !!u.isWritable(w);
  let ondrain;
  let onfinish;
  let onreadable;
  let onclose;
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }

  d = new Duplex({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable,
    writable,
  });

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    d._write = function(chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function(callback) {
      w.end();
      onfinish = callback;
    };
    w.on('drain', () => {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
    w.on('finish', () => {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    r.on('readable', () => {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    r.on('end', () => d.push(null));
    d._read = function() {
      while (true) {
        const buf = r.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function(err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };
  return d;
}

module.exports = { duplexify, fromPair };
