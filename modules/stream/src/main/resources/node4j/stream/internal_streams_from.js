'use strict';
// Readable.from(iterable): pulls one item per _read from a sync or async iterator.
const { Buffer } = require('buffer');
const { tick } = require('internal/streams/destroy');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES } } = require('internal/errors');

function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    // Strings and Buffers are one chunk, not iterated.
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }
  let iterator;
  let isAsync;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...opts });
  let pulling = false;
  readable._read = function() {
    if (!pulling) {
      pulling = true;
      pull();
    }
  };
  readable._destroy = function(error, cb) {
    closeIterator(error).then(() => tick(cb, error), (e) => tick(cb, e || error));
  };

  async function closeIterator(error) {
    if (error != null && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  async function pull() {
    for (;;) {
      try {
        const { value, done } = isAsync ? await iterator.next() : iterator.next();
        if (done) {
          readable.push(null);
        } else {
          const item = value && typeof value.then === 'function' ? await value : value;
          if (item === null) {
            pulling = false;
            throw new ERR_STREAM_NULL_VALUES();
          }
          if (readable.push(item)) continue;
          pulling = false;
        }
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }
  return readable;
}

module.exports = { from };
