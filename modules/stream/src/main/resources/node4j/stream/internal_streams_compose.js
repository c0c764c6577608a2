'use strict';
// compose(...stages): one Duplex that writes into the first stage and reads from the last.
const { pipeline } = require('internal/streams/pipeline');
const Duplex = require('internal/streams/duplex');
const { destroyer, AbortError } = require('internal/streams/destroy');
const u = require('internal/streams/utils');
const { codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } } = require('internal/errors');

function compose(...streams) {
  if (streams.length === 0) throw new ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);

  const orgStreams = streams.slice();
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  const last = streams.length - 1;
  if (typeof streams[last] === 'function') streams[last] = Duplex.from(streams[last]);

  for (let n = 0; n < streams.length; ++n) {
    if (!u.isNodeStream(streams[n]) && !u.isWebStream(streams[n])) continue;
    if (n < last && !(u.isReadable(streams[n]) || u.isReadableStream(streams[n]) || u.isTransformStream(streams[n]))) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, orgStreams[n], 'must be readable');
    }
    if (n > 0 && !(u.isWritable(streams[n]) || u.isWritableStream(streams[n]) || u.isTransformStream(streams[n]))) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, orgStreams[n], 'must be writable');
    }
  }

  let head = streams[0];
  let tail = streams[last];
  if (u.isTransformStream(head)) head = Duplex.from(head.writable);
  if (u.isWritableStream(head)) head = Duplex.from(head);
  if (u.isTransformStream(tail)) tail = Duplex.from(tail.readable);
  if (u.isReadableStream(tail)) tail = Duplex.from(tail);
  const writable = !!u.isWritable(head);
  const readable = !!u.isReadable(tail);

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
    else if (!readable && !writable) d.destroy();
  }

  d = new Duplex({
    writableObjectMode: !!(head && head.writableObjectMode),
    readableObjectMode: !!(tail && tail.readableObjectMode),
    writable,
    readable,
  });

  if (writable) {
    d._write = function(chunk, encoding, callback) {
      if (head.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function(callback) {
      head.end();
      onfinish = callback;
    };
    head.on('drain', () => {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
    tail.on('finish', () => {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable) {
    tail.on('readable', () => {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    tail.on('end', () => d.push(null));
    d._read = function() {
      while (true) {
        const buf = tail.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  const stages = streams.slice();
  stages[0] = u.isTransformStream(streams[0]) || u.isWritableStream(streams[0]) ? head : streams[0];
  stages[last] = u.isTransformStream(streams[last]) || u.isReadableStream(streams[last]) ? tail : streams[last];
  pipeline(stages, onfinished);

  d._destroy = function(err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      if (u.isNodeStream(tail)) destroyer(tail, err);
    }
  };
  return d;
}

module.exports = { compose };
