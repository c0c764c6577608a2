'use strict';
// The writable* properties users read, and the web-stream adapters.
const Writable = require('internal/streams/writable');

function getter(name, get, set) {
  Object.defineProperty(Writable.prototype, name, { get, set, enumerable: false, configurable: true });
}
getter('closed', function() { return this._writableState ? this._writableState.closed : false; });
getter('destroyed', function() { return this._writableState ? this._writableState.destroyed : false; },
  function(v) { if (this._writableState) this._writableState.destroyed = v; });
getter('writable', function() {
  const w = this._writableState;
  return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
}, function(val) {
  if (this._writableState) this._writableState.writable = !!val;
});
getter('writableFinished', function() { return this._writableState ? this._writableState.finished : false; });
getter('writableObjectMode', function() { return this._writableState ? this._writableState.objectMode : false; });
getter('writableBuffer', function() { return this._writableState && this._writableState.getBuffer(); });
getter('writableEnded', function() { return this._writableState ? this._writableState.ending : false; });
getter('writableNeedDrain', function() {
  const w = this._writableState;
  return w ? !w.destroyed && !w.ending && w.needDrain : false;
});
getter('writableHighWaterMark', function() { return this._writableState && this._writableState.highWaterMark; });
getter('writableCorked', function() { return this._writableState ? this._writableState.corked : 0; });
getter('writableLength', function() { return this._writableState && this._writableState.length; });
getter('errored', function() { return this._writableState ? this._writableState.errored : null; });
getter('writableAborted', function() {
  const w = this._writableState;
  return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
});

Writable.fromWeb = function(writableStream, options) {
  return require('internal/webstreams/adapters').newStreamWritableFromWritableStream(writableStream, options);
};
Writable.toWeb = function(streamWritable) {
  return require('internal/webstreams/adapters').newWritableStreamFromStreamWritable(streamWritable);
};
