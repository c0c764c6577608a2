'use strict';
// TextEncoderStream and TextDecoderStream: TransformStreams over the global TextEncoder /
// TextDecoder (stream: true keeps split multi-byte sequences).
const { TransformStream } = require('internal/webstreams/transform');
const { codes: { ERR_INVALID_THIS } } = require('internal/errors');

const kTransform = Symbol('kTransform');
const kCodec = Symbol('kCodec');

class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    let pendingHigh = '';   // a lone high surrogate waiting for its pair
    this[kCodec] = encoder;
    this[kTransform] = new TransformStream({
      transform(chunk, controller) {
        let s = pendingHigh + String(chunk);
        pendingHigh = '';
        const last = s.charCodeAt(s.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          pendingHigh = s.slice(-1);
          s = s.slice(0, -1);
        }
        if (s.length) controller.enqueue(encoder.encode(s));
      },
      flush(controller) {
        if (pendingHigh) controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
  }
  get encoding() { check(this, 'TextEncoderStream'); return 'utf-8'; }
  get readable() { check(this, 'TextEncoderStream'); return this[kTransform].readable; }
  get writable() { check(this, 'TextEncoderStream'); return this[kTransform].writable; }
}
Object.defineProperty(TextEncoderStream.prototype, Symbol.toStringTag, { value: 'TextEncoderStream', configurable: true });

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    this[kCodec] = decoder;
    this[kTransform] = new TransformStream({
      transform(chunk, controller) {
        const value = decoder.decode(chunk, { stream: true });
        if (value) controller.enqueue(value);
      },
      flush(controller) {
        const value = decoder.decode();
        if (value) controller.enqueue(value);
      },
    });
  }
  get encoding() { check(this, 'TextDecoderStream'); return this[kCodec].encoding; }
  get fatal() { check(this, 'TextDecoderStream'); return this[kCodec].fatal; }
  get ignoreBOM() { check(this, 'TextDecoderStream'); return this[kCodec].ignoreBOM; }
  get readable() { check(this, 'TextDecoderStream'); return this[kTransform].readable; }
  get writable() { check(this, 'TextDecoderStream'); return this[kTransform].writable; }
}
Object.defineProperty(TextDecoderStream.prototype, Symbol.toStringTag, { value: 'TextDecoderStream', configurable: true });

function check(obj, name) {
  if (!obj || !obj[kTransform]) throw new ERR_INVALID_THIS(name);
}

module.exports = { TextEncoderStream, TextDecoderStream };
