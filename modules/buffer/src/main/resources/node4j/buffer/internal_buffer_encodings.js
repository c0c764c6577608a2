'use strict';
// String <-> bytes for every Buffer encoding. Decoding (bytes -> string) of all but short
// inputs runs in Java (one bulk read of the ArrayBuffer). A new buffer from a string gets its
// bytes from Java, kept in Java's memory (internal/buffer_java), except short UTF-8/latin1/UTF-16
// strings, which JS loops encode as fast. Writing into an existing buffer (buf.write) stays in
// JS, or for hex/base64 comes back as a string of chars 0-255 copied by a charCodeAt loop.
const binding = internalBinding('buffer');

const UTF8 = 1, UCS2 = 2, LATIN1 = 3, ASCII = 4, BASE64 = 5, BASE64URL = 6, HEX = 7;
const NAMES = [undefined, 'utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
// Below this many chars/bytes the JS loops win over a host call (measured, see module report).
const SMALL = 48;
// From this many chars a new buffer's bytes are encoded in Java and kept there (measured under
// --jit: below it the JS loops cost about the same as the host call).
const JAVA_ENCODE_MIN = 512;

const getTypedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const getArrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const getSharedByteLength = typeof SharedArrayBuffer === 'function'
  ? Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;

function isUint8Array(v) {
  return getTypedArrayTag.call(v) === 'Uint8Array';
}

function isAnyArrayBuffer(v) {
  if (v === null || typeof v !== 'object') return false;
  // A brand check, not instanceof: an object whose prototype chain merely reaches
  // ArrayBuffer.prototype is not an ArrayBuffer.
  try {
    getArrayBufferByteLength.call(v);
    return true;
  } catch {
    if (!getSharedByteLength) return false;
    try {
      getSharedByteLength.call(v);
      return true;
    } catch {
      return false;
    }
  }
}

/** Node's encoding name to its code; 0 when unknown. */
function encodingCode(e) {
  switch (e) {
    case 'utf8': case 'utf-8': return UTF8;
    case 'hex': return HEX;
    case 'base64': return BASE64;
    case 'latin1': case 'binary': return LATIN1;
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return UCS2;
    case 'ascii': return ASCII;
    case 'base64url': return BASE64URL;
    case undefined: return UTF8;
    default: {
      if (e === null) return 0;
      if (typeof e !== 'string') return encodingCode(`${e}`);
      const lower = e.toLowerCase();
      return lower === e ? 0 : encodingCode(lower);
    }
  }
}

/**
 * Copies bytes Java made (carried as a string of chars 0-255) into target at offset; returns
 * how many. Measured faster than set() from an ArrayBuffer over a Java ByteBuffer, which GraalJS
 * copies element by element.
 */
function copyLatin1(str, target, offset, n = str.length) {
  if (n > str.length) n = str.length;
  for (let i = 0; i < n; i++) target[offset + i] = str.charCodeAt(i);
  return n;
}

// ---- string -> bytes ------------------------------------------------------------------------
function utf8LengthJs(s) {
  let len = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) len += 1;
    else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length &&
             (s.charCodeAt(i + 1) & 0xFC00) === 0xDC00) { len += 2; i++; } else len += 2;
  }
  return len;
}

/** Writes s as UTF-8 into buf[offset..offset+max) without splitting a character; returns bytes. */
function utf8WriteJs(buf, s, offset, max) {
  let o = offset;
  const end = offset + max;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      if (o >= end) break;
      buf[o++] = c;
    } else if (c < 0x800) {
      if (o + 2 > end) break;
      buf[o++] = 0xC0 | (c >> 6);
      buf[o++] = 0x80 | (c & 63);
    } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xFC00) === 0xDC00) {
      if (o + 4 > end) break;
      const cp = 0x10000 + ((c - 0xD800) << 10) + (s.charCodeAt(++i) - 0xDC00);
      buf[o++] = 0xF0 | (cp >> 18);
      buf[o++] = 0x80 | ((cp >> 12) & 63);
      buf[o++] = 0x80 | ((cp >> 6) & 63);
      buf[o++] = 0x80 | (cp & 63);
    } else {
      if (o + 3 > end) break;
      if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
      buf[o++] = 0xE0 | (c >> 12);
      buf[o++] = 0x80 | ((c >> 6) & 63);
      buf[o++] = 0x80 | (c & 63);
    }
  }
  return o - offset;
}

function byteLengthOf(s, code) {
  switch (code) {
    case UTF8: return utf8LengthJs(s);
    case UCS2: return s.length * 2;
    case LATIN1: case ASCII: return s.length;
    case HEX: return s.length >>> 1;
    default: return binding.byteLength(s, code);
  }
}

/** A View over the bytes of a Java ByteBuffer, kept where Java made them (see internal/buffer_java). */
function fromJava(bb, View) {
  const ab = new ArrayBuffer(bb);
  return new View(ab, 0, ab.byteLength);
}

/** A new buffer holding s in encoding code: from alloc(n), or a View over Java's bytes. */
function fromStringCode(s, code, alloc, View = Uint8Array) {
  switch (code) {
    case LATIN1: case ASCII: {
      if (s.length >= JAVA_ENCODE_MIN) return fromJava(binding.encode(s, code), View);
      const b = alloc(s.length);
      for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
      return b;
    }
    case UCS2: {
      if (s.length >= JAVA_ENCODE_MIN) return fromJava(binding.encode(s, code), View);
      const b = alloc(s.length * 2);
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        b[2 * i] = c;
        b[2 * i + 1] = c >>> 8;
      }
      return b;
    }
    case UTF8: {
      if (s.length >= JAVA_ENCODE_MIN) return fromJava(binding.encode(s, code), View);
      const b = alloc(utf8LengthJs(s));
      utf8WriteJs(b, s, 0, b.length);
      return b;
    }
    default:
      return fromJava(binding.encode(s, code), View);
  }
}

/** buf.write: encodes s into buf[offset..offset+max); returns bytes written. */
function writeString(buf, s, offset, max, code) {
  switch (code) {
    case LATIN1: case ASCII: {
      const n = Math.min(s.length, max);
      for (let i = 0; i < n; i++) buf[offset + i] = s.charCodeAt(i);
      return n;
    }
    case UCS2: {
      const n = Math.min(s.length, max >>> 1);
      for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        buf[offset + 2 * i] = c;
        buf[offset + 2 * i + 1] = c >>> 8;
      }
      return n * 2;
    }
    case UTF8:
      return utf8WriteJs(buf, s, offset, max);
    default:
      return copyLatin1(binding.encodeAsLatin1(s, code), buf, offset, max);
  }
}

// ---- bytes -> string ------------------------------------------------------------------------
const kStringMaxLength = 536870888;   // V8's String::kMaxLength, which Node reports

// Output length per input byte count, to refuse strings longer than the engine's limit up front.
function decodedLength(n, code) {
  switch (code) {
    case UCS2: return n >>> 1;
    case HEX: return n * 2;
    case BASE64: return Math.ceil(n / 3) * 4;
    case BASE64URL: return Math.ceil((n * 4) / 3);
    default: return n;
  }
}

function decodeSlice(buf, start, end, code) {
  const n = end - start;
  if (n <= 0) return '';
  if (decodedLength(n, code) > kStringMaxLength) {
    const { codes: { ERR_STRING_TOO_LONG } } = require('internal/errors');
    throw new ERR_STRING_TOO_LONG();
  }
  if (n < SMALL && (code === UTF8 || code === LATIN1 || code === ASCII)) {
    let ascii = true;
    for (let i = start; i < end; i++) if (buf[i] > 0x7F) { ascii = false; break; }
    if (ascii || code === LATIN1) return String.fromCharCode.apply(null, buf.subarray(start, end));
  }
  return binding.decode(buf.buffer, buf.byteOffset + start, n, code);
}

function compareBytes(a, aStart, aEnd, b, bStart, bEnd) {
  const aLen = aEnd - aStart;
  const bLen = bEnd - bStart;
  const n = Math.min(aLen, bLen);
  if (n < SMALL) {
    for (let i = 0; i < n; i++) {
      const x = a[aStart + i];
      const y = b[bStart + i];
      if (x !== y) return x < y ? -1 : 1;
    }
    return aLen < bLen ? -1 : aLen > bLen ? 1 : 0;
  }
  return binding.compare(a.buffer, a.byteOffset + aStart, aLen, b.buffer, b.byteOffset + bStart, bLen);
}

function transcode(source, fromEnc, toEnc) {
  const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return require('buffer').Buffer.alloc(0);
  const norm = (e) => {
    const c = encodingCode(e);
    return c === ASCII || c === LATIN1 || c === UTF8 || c === UCS2 ? c : 0;
  };
  const from = norm(fromEnc);
  const to = norm(toEnc);
  if (!from || !to) {
    const err = new Error(`Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]`);
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  const text = binding.decode(source.buffer, source.byteOffset, source.length, from);
  const { Buffer } = require('buffer');
  // ICU substitutes '?' for characters the target cannot hold.
  const out = to === ASCII || to === LATIN1
    ? text.replace(to === ASCII ? /[^\x00-\x7f]/gu : /[^\x00-\xff]/gu, '?') : text;
  return Buffer.from(out, NAMES[to]);
}

function viewBytes(input, name) {
  if (ArrayBuffer.isView(input) && !(input instanceof DataView)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (isAnyArrayBuffer(input)) {
    if (input.detached === true) {
      const { codes: { ERR_INVALID_STATE } } = require('internal/errors');
      const err = new ERR_INVALID_STATE('Cannot validate on a detached buffer');
      err.message = 'Cannot validate on a detached buffer';   // Node's binding sets the whole text
      throw err;
    }
    return new Uint8Array(input);
  }
  const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isUtf8(input) {
  const u8 = viewBytes(input, 'input');
  return binding.isUtf8(u8.buffer, u8.byteOffset, u8.length);
}

function isAscii(input) {
  const u8 = viewBytes(input, 'input');
  for (let i = 0; i < u8.length; i++) if (u8[i] > 0x7F) return false;
  return true;
}

module.exports = {
  UTF8, UCS2, LATIN1, ASCII, BASE64, BASE64URL, HEX, NAMES, SMALL,
  isUint8Array, isAnyArrayBuffer, encodingCode, copyLatin1, utf8LengthJs, utf8WriteJs,
  byteLengthOf, fromStringCode, writeString, decodeSlice, compareBytes, transcode, isUtf8, isAscii,
  viewBytes,
};
