'use strict';
// Duplex: a Readable whose prototype also carries Writable's methods (Writable's
// Symbol.hasInstance makes `duplex instanceof Writable` true).
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const destroyImpl = require('internal/streams/destroy');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  const R = Readable.ReadableState;
  const W = Writable.WritableState;
  this._readableState = new R(options, this, true);
  this._writableState = new W(options, this, true);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) require('internal/streams/add_abort_signal').addAbortSignalNoValidate(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }
  // Fixed slots for the common events of both sides (see Readable).
  if (this._events === undefined) {
    this._events = {
      close: undefined, error: undefined, prefinish: undefined, finish: undefined, drain: undefined,
      data: undefined, end: undefined, readable: undefined,
    };
  }
  require('internal/streams/legacy').Stream.call(this, options);
  destroyImpl.construct(this, () => {
    const r = this._readableState;
    if (r.needReadable) Readable[Symbol.for('node4j.readable.internal')].maybeReadMore(this, r);
    const w = this._writableState;
    const { clearBuffer, finishMaybe } = Writable[Symbol.for('node4j.writable.internal')];
    if (!w.writing) clearBuffer(this, w);
    finishMaybe(this, w);
  });
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// Writable's methods and properties; the three shared getters are redefined below.
for (const key of Object.getOwnPropertyNames(Writable.prototype)) {
  if (['constructor', 'pipe', '_destroy', '_undestroy'].includes(key)) continue;
  Object.defineProperty(Duplex.prototype, key, Object.getOwnPropertyDescriptor(Writable.prototype, key));
}

function both(name, get, set) {
  Object.defineProperty(Duplex.prototype, name, { get, set, enumerable: false, configurable: true });
}
both('destroyed', function() {
  const r = this._readableState;
  const w = this._writableState;
  if (r === undefined || w === undefined) return false;
  return r.destroyed && w.destroyed;
}, function(value) {
  if (this._readableState && this._writableState) {
    this._readableState.destroyed = value;
    this._writableState.destroyed = value;
  }
});
both('closed', function() {
  return !!(this._readableState && this._readableState.closed && this._writableState && this._writableState.closed);
});
both('errored', function() {
  return (this._readableState && this._readableState.errored) || (this._writableState && this._writableState.errored) || null;
});

Duplex.from = function(body) {
  return require('internal/streams/duplexify').duplexify(body, 'body');
};
Duplex.fromWeb = function(pair, options) {
  return require('internal/webstreams/adapters').newStreamDuplexFromReadableWritablePair(pair, options);
};
Duplex.toWeb = function(duplex, options) {
  return require('internal/webstreams/adapters').newReadableWritablePairFromDuplex(duplex, options);
};

module.exports = Duplex;
