'use strict';
// WHATWG TextEncoder / TextDecoder (utf-8, utf-16le, windows-1252). Decoding runs in Java;
// the JS side keeps the bytes of a character split across streamed chunks and the BOM state.
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_ENCODING_NOT_SUPPORTED, ERR_ENCODING_INVALID_ENCODED_DATA, ERR_INVALID_THIS },
} = require('internal/errors');
const enc = require('internal/buffer_encodings');
const binding = internalBinding('buffer');

const UTF8 = 1, UTF16LE = 2, WINDOWS1252 = 3;
const NAMES = [undefined, 'utf-8', 'utf-16le', 'windows-1252'];
const LABELS = new Map();
for (const l of ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']) {
  LABELS.set(l, UTF8);
}
for (const l of ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']) {
  LABELS.set(l, UTF16LE);
}
for (const l of ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
  'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii',
  'windows-1252', 'x-cp1252']) {
  LABELS.set(l, WINDOWS1252);
}

class TextEncoder {
  get encoding() {
    return 'utf-8';
  }

  encode(input = '') {
    input = `${input}`;
    if (input.length === 0) return new Uint8Array(0);
    return enc.fromStringCode(input, enc.UTF8, (n) => new Uint8Array(n));
  }

  encodeInto(src, dest) {
    src = `${src}`;
    if (!enc.isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    return encodeIntoJs(src, dest);
  }

  get [Symbol.toStringTag]() {
    return 'TextEncoder';
  }

  // util.inspect: Node shows the encoding as a plain object.
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    return inspect({ encoding: this.encoding }, options);
  }
}

function encodeIntoJs(s, dest) {
  const written = enc.utf8WriteJs(dest, s, 0, dest.length);
  // Count the UTF-16 units that made those bytes.
  let bytes = 0;
  let read = 0;
  while (read < s.length && bytes < written) {
    const c = s.charCodeAt(read);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xD800 && c <= 0xDBFF && read + 1 < s.length && (s.charCodeAt(read + 1) & 0xFC00) === 0xDC00) {
      bytes += 4;
      read++;
    } else bytes += 3;
    read++;
  }
  return { read, written };
}

const kKind = Symbol('kKind');
const kFatal = Symbol('kFatal');
const kIgnoreBOM = Symbol('kIgnoreBOM');
const kPending = Symbol('kPending');
const kBomPending = Symbol('kBomPending');

/** Bytes at the end of a UTF-8 chunk that start a character a later chunk may complete. */
function utf8Tail(b) {
  const len = b.length;
  for (let back = 1; back <= 3 && back <= len; back++) {
    const c = b[len - back];
    if ((c & 0xC0) === 0x80) continue;
    const need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
    if (need < back) return 0;
    if (back >= 2) {
      const d = b[len - back + 1];
      const lower = c === 0xE0 ? 0xA0 : c === 0xF0 ? 0x90 : 0x80;
      const upper = c === 0xED ? 0x9F : c === 0xF4 ? 0x8F : 0xBF;
      if (d < lower || d > upper) return 0;
    }
    return back;
  }
  return 0;
}

function utf16Tail(b) {
  if (b.length % 2 === 1) {
    const n = b.length - 1;
    return n >= 2 && b[n - 1] >= 0xD8 && b[n - 1] <= 0xDB ? 3 : 1;
  }
  return b.length >= 2 && b[b.length - 1] >= 0xD8 && b[b.length - 1] <= 0xDB ? 2 : 0;
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    const label = `${encoding}`.trim().toLowerCase();
    const kind = LABELS.get(label);
    if (kind === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    this[kKind] = kind;
    this[kFatal] = Boolean(options && options.fatal);
    this[kIgnoreBOM] = Boolean(options && options.ignoreBOM);
    this[kPending] = null;
    this[kBomPending] = true;
  }

  get encoding() {
    if (!(kKind in this)) throw new ERR_INVALID_THIS('TextDecoder');
    return NAMES[this[kKind]];
  }

  get fatal() {
    if (!(kKind in this)) throw new ERR_INVALID_THIS('TextDecoder');
    return this[kFatal];
  }

  get ignoreBOM() {
    if (!(kKind in this)) throw new ERR_INVALID_THIS('TextDecoder');
    return this[kIgnoreBOM];
  }

  // util.inspect: the three attributes (at any depth, as Node's), not the internal slots.
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const attrs = { encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM };
    return `${this.constructor.name} ${inspect(attrs)}`;
  }

  decode(input = undefined, options = undefined) {
    if (!(kKind in this)) throw new ERR_INVALID_THIS('TextDecoder');
    let bytes;
    if (input === undefined || input === null) bytes = new Uint8Array(0);
    else if (ArrayBuffer.isView(input)) bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    else if (enc.isAnyArrayBuffer(input)) bytes = new Uint8Array(input);
    else throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
    const stream = Boolean(options && options.stream);
    const kind = this[kKind];
    if (this[kPending] !== null) {
      const joined = new Uint8Array(this[kPending].length + bytes.length);
      joined.set(this[kPending]);
      joined.set(bytes, this[kPending].length);
      bytes = joined;
      this[kPending] = null;
    }
    if (stream && kind !== WINDOWS1252) {
      const tail = kind === UTF8 ? utf8Tail(bytes) : utf16Tail(bytes);
      if (tail > 0) {
        this[kPending] = bytes.slice(bytes.length - tail);
        bytes = bytes.subarray(0, bytes.length - tail);
      }
    }
    let out = bytes.length === 0 ? ''
      : binding.textDecode(bytes.buffer, bytes.byteOffset, bytes.length, kind, this[kFatal]);
    if (out === null) {
      this[kPending] = null;
      this[kBomPending] = true;
      throw new ERR_ENCODING_INVALID_ENCODED_DATA(NAMES[kind]);
    }
    if (this[kBomPending] && out.length > 0) {
      if (!this[kIgnoreBOM] && kind !== WINDOWS1252 && out.charCodeAt(0) === 0xFEFF) out = out.slice(1);
      this[kBomPending] = false;
    }
    if (!stream) this[kBomPending] = true;
    return out;
  }

  get [Symbol.toStringTag]() {
    return 'TextDecoder';
  }
}

for (const cls of [TextEncoder, TextDecoder]) {
  for (const k of Object.getOwnPropertyNames(cls.prototype)) {
    if (k === 'constructor') continue;
    const d = Object.getOwnPropertyDescriptor(cls.prototype, k);
    Object.defineProperty(cls.prototype, k, { ...d, enumerable: true });
  }
}

module.exports = { TextEncoder, TextDecoder };
