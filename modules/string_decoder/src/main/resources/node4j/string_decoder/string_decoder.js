'use strict';
// StringDecoder: decodes a stream of byte chunks without splitting characters. The state (at
// most 4 bytes of a character that spans chunks) and the decoding live in Java, so a write()
// is one host call: without the JS compiler every JS line and host call counts.
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING, ERR_STRING_TOO_LONG } } =
  require('internal/errors');
const { encodingCode, NAMES, UTF8 } = require('internal/buffer_encodings');
const { Buffer } = require('buffer');
const binding = internalBinding('string_decoder');

const kNativeDecoder = Symbol('kNativeDecoder');
const isView = ArrayBuffer.isView;

function StringDecoder(encoding) {
  const code = encoding === undefined || encoding === null || encoding === '' ? UTF8 : encodingCode(encoding);
  if (code === 0) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = NAMES[code];
  Object.defineProperty(this, kNativeDecoder, { value: binding.create(code) });
}

// Node's order: the argument is checked before the receiver.
StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!isView(buf)) throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  const native = this[kNativeDecoder];
  if (native === undefined) throw new ERR_INVALID_THIS('StringDecoder');
  const text = native.write(buf.buffer, buf.byteOffset, buf.byteLength);
  if (text === null) throw new ERR_STRING_TOO_LONG();
  return text;
};

StringDecoder.prototype.end = function end(buf) {
  if (buf === undefined) return this[kNativeDecoder].flush();
  const text = this.write(buf);
  return text + this[kNativeDecoder].flush();
};

/** Decodes buf from offset with the pending bytes discarded (Node's legacy helper). */
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder].reset();
  return this.write(buf.slice(offset));
};

// As in Node, reading these on something that is not a decoder throws a TypeError.
Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true, enumerable: true,
    get() { return Buffer.from(this[kNativeDecoder].lastChar(), 'latin1'); },
  },
  lastNeed: {
    configurable: true, enumerable: true,
    get() { return this[kNativeDecoder].lastNeed(); },
  },
  lastTotal: {
    configurable: true, enumerable: true,
    get() { return this[kNativeDecoder].lastTotal(); },
  },
});

module.exports = { StringDecoder };
