'use strict';
// LazyTransform: the base of Hash, Hmac, Cipheriv and Decipheriv, which are Transform streams
// (Node) although most programs only call update()/digest(). Two things are lazy:
// - the stream state is built on first stream use (the _readableState/... getters below);
// - the stream module itself is linked in on first need: until then LazyTransform.prototype
//   inherits from a Proxy that, on the first lookup of anything it does not have (write, on,
//   pipe...) or on an instanceof walk, loads 'stream' and splices Transform.prototype in its
//   place. createHash().update().digest() thus never loads the ~15 stream facades, which cost
//   tens of milliseconds at start-up in GraalJS's interpreter.

let Transform;
let linked = false;

function LazyTransform(options) {
  this._options = options;
}

function link() {
  if (linked) return Transform !== null;
  linked = true;
  try { Transform = require('stream').Transform; } catch { Transform = null; /* stream not present */ }
  if (Transform === null) {
    Object.setPrototypeOf(LazyTransform.prototype, Object.prototype);
    return false;
  }
  Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
  Object.setPrototypeOf(LazyTransform, Transform);
  return true;
}

const unlinked = new Proxy(Object.create(null), {
  get(target, key, receiver) {
    return link() ? Reflect.get(Transform.prototype, key, receiver) : Reflect.get(Object.prototype, key, receiver);
  },
  has(target, key) {
    return link() ? key in Transform.prototype : key in Object.prototype;
  },
  getPrototypeOf() {
    return link() ? Transform.prototype : Object.prototype;
  },
});
Object.setPrototypeOf(LazyTransform.prototype, unlinked);

for (const name of ['_readableState', '_writableState', '_transformState']) {
  Object.defineProperty(LazyTransform.prototype, name, {
    configurable: true,
    enumerable: true,
    get() {
      if (!link()) return undefined;
      Transform.call(this, this._options);
      this._writableState.decodeStrings = false;
      return this[name];
    },
    set(v) {
      Object.defineProperty(this, name, { value: v, enumerable: true, configurable: true, writable: true });
    },
  });
}

module.exports = { LazyTransform };
