'use strict';
// Blob, File, atob and btoa. A Blob holds an immutable copy of its bytes in native JS memory.
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_INVALID_THIS },
} = require('internal/errors');
const enc = require('internal/buffer_encodings');
const { inspectAs } = require('internal/custom_inspect');
const binding = internalBinding('buffer');

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');

function domException(message, name) {
  if (typeof globalThis.DOMException === 'function') return new globalThis.DOMException(message, name);
  const err = new Error(message);
  err.name = name;
  return err;
}

function partBytes(part) {
  if (part instanceof Blob) return part[kBytes];
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer, part.byteOffset, part.byteLength).slice();
  if (enc.isAnyArrayBuffer(part)) return new Uint8Array(part.slice(0));
  return enc.fromStringCode(`${part}`, enc.UTF8, (n) => new Uint8Array(n));
}

function normalizeType(type) {
  type = `${type}`;
  return /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : '';
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { type = '', endings = 'transparent' } = options || {};
    if (endings !== 'transparent' && endings !== 'native') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const chunks = [];
    let size = 0;
    for (let part of sources) {
      if (endings === 'native' && typeof part === 'string') part = part.replace(/\r\n|\r/g, '\n');
      const b = partBytes(part);
      chunks.push(b);
      size += b.length;
    }
    const bytes = new Uint8Array(size);
    let pos = 0;
    for (const c of chunks) {
      bytes.set(c, pos);
      pos += c.length;
    }
    this[kBytes] = bytes;
    this[kType] = normalizeType(type);
  }

  get size() {
    if (!(this instanceof Blob)) throw new ERR_INVALID_THIS('Blob');
    return this[kBytes].length;
  }

  get type() {
    if (!(this instanceof Blob)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  slice(start = 0, end = this[kBytes].length, contentType = '') {
    if (!(this instanceof Blob)) throw new ERR_INVALID_THIS('Blob');
    const size = this[kBytes].length;
    const rel = (v) => {
      v = Math.trunc(+v) || 0;
      return v < 0 ? Math.max(size + v, 0) : Math.min(v, size);
    };
    const s = rel(start);
    const e = rel(end);
    const out = new Blob([], { type: contentType });
    out[kBytes] = this[kBytes].slice(s, Math.max(s, e));
    return out;
  }

  text() {
    if (!(this instanceof Blob)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const b = this[kBytes];
    return Promise.resolve(b.length === 0 ? '' : binding.decode(b.buffer, b.byteOffset, b.length, enc.UTF8));
  }

  arrayBuffer() {
    if (!(this instanceof Blob)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this[kBytes].slice().buffer);
  }

  bytes() {
    if (!(this instanceof Blob)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this[kBytes].slice());
  }

  get [Symbol.toStringTag]() {
    return 'Blob';
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return inspectAs('Blob', this, { size: this.size, type: this.type }, depth, options, inspect);
  }
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });
for (const k of ['size', 'type', 'slice', 'text', 'arrayBuffer', 'bytes']) {
  Object.defineProperty(Blob.prototype, k, { ...Object.getOwnPropertyDescriptor(Blob.prototype, k), enumerable: true });
}

// A stream() only where web streams exist (a module providing the ReadableStream global).
if (Object.getOwnPropertyDescriptor(globalThis, 'ReadableStream') !== undefined) {
  Object.defineProperty(Blob.prototype, 'stream', {
    enumerable: true, configurable: true, writable: true,
    value: function stream() {
      if (!(this instanceof Blob)) throw new ERR_INVALID_THIS('Blob');
      const bytes = this[kBytes];
      return new globalThis.ReadableStream({
        type: 'bytes',
        start(controller) {
          if (bytes.length) controller.enqueue(bytes.slice());
          controller.close();
        },
      });
    },
  });
}

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    this.#name = `${fileName}`;
    const lm = options === null || options === undefined ? undefined : options.lastModified;
    this.#lastModified = lm === undefined ? Date.now() : Number(lm) >= 0 || Number(lm) < 0 ? Math.trunc(Number(lm)) : 0;
  }

  get name() {
    if (!(this instanceof File)) throw new ERR_INVALID_THIS('File');
    return this.#name;
  }

  get lastModified() {
    if (!(this instanceof File)) throw new ERR_INVALID_THIS('File');
    return this.#lastModified;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return inspectAs('File', this,
      { size: this.size, type: this.type, name: this.name, lastModified: this.lastModified }, depth, options, inspect);
  }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });
for (const k of ['name', 'lastModified']) {
  Object.defineProperty(File.prototype, k, { ...Object.getOwnPropertyDescriptor(File.prototype, k), enumerable: true });
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw domException('Invalid character', 'InvalidCharacterError');
  }
  const bytes = enc.fromStringCode(input, enc.LATIN1, (n) => new Uint8Array(n));
  return bytes.length === 0 ? '' : binding.decode(bytes.buffer, bytes.byteOffset, bytes.length, enc.BASE64);
}

// Forgiving-base64 decode (WHATWG): whitespace removed, standard alphabet only.
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (input.length % 4 === 0) input = input.replace(/==?$/, '');
  if (input.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(input)) {
    throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  const bytes = enc.fromStringCode(input, enc.BASE64, (n) => new Uint8Array(n));
  return bytes.length === 0 ? '' : binding.decode(bytes.buffer, bytes.byteOffset, bytes.length, enc.LATIN1);
}

// blob: URLs live in the url module's registry (URL.createObjectURL); we only read it.
function resolveObjectURL(url) {
  const blob = require('internal/url').resolveBlobURL(url);
  return blob === undefined ? undefined : blob.slice(0, blob.size, blob.type);
}

module.exports = { Blob, File, atob, btoa, kBytes };
// resolveObjectURL only where URL exists to make blob: URLs.
if (Object.getOwnPropertyDescriptor(globalThis, 'URL') !== undefined) module.exports.resolveObjectURL = resolveObjectURL;
