'use strict';
// StringDecoder: decodes a stream of byte chunks without splitting characters. It keeps at
// most 4 bytes of a character that spans chunks (lastChar/lastNeed/lastTotal, as Node shows
// them); everything else is decoded by Buffer (in Java for long chunks).
const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING } } = require('internal/errors');

const kLastChar = Symbol('kLastChar');
const kHave = Symbol('kHave');
const kNeed = Symbol('kNeed');

function normalizeEncoding(enc) {
  switch (enc === undefined || enc === null || enc === '' ? 'utf8' : `${enc}`.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    default: throw new ERR_UNKNOWN_ENCODING(enc);
  }
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  Object.defineProperty(this, kLastChar, { value: Buffer.alloc(4) });
  Object.defineProperty(this, kHave, { value: 0, writable: true });
  Object.defineProperty(this, kNeed, { value: 0, writable: true });
}

function asBuffer(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** Total length of the UTF-8 character a lead byte announces, as Node's decoder reads it; 0 if none. */
function utf8Total(b) {
  if ((b & 0xE0) === 0xC0) return 2;
  if ((b & 0xF0) === 0xE0) return 3;
  if ((b & 0xF8) === 0xF0) return 4;
  return 0;
}

function isHighSurrogateAt(buf, i) {
  const hi = buf[i + 1];
  return hi >= 0xD8 && hi <= 0xDB;
}

function decodeChunk(d, bytes) {
  const enc = d.encoding;
  const last = d[kLastChar];
  let out = '';
  let i = 0;
  const len = bytes.length;
  // 1. Complete the character left over from the previous chunk.
  if (d[kNeed] > 0) {
    while (d[kNeed] > 0 && i < len) {
      if (enc === 'utf8' && (bytes[i] & 0xC0) !== 0x80) {
        // Not a continuation: the pending character is broken; the byte starts a new one.
        out += last.toString('utf8', 0, d[kHave]);
        d[kHave] = d[kNeed] = 0;
        break;
      }
      last[d[kHave]++] = bytes[i++];
      d[kNeed]--;
      if (d[kNeed] === 0 && enc === 'utf16le' && d[kHave] === 2 && isHighSurrogateAt(last, 0)) d[kNeed] = 2;
    }
    if (d[kNeed] > 0) return out;
    if (d[kHave] > 0) {
      out += last.toString(enc, 0, d[kHave]);
      d[kHave] = 0;
    }
  }
  // 2. Hold back an incomplete character at the end.
  let keep = 0;
  let need = 0;
  if (enc === 'utf8') {
    for (let k = len - 1, seen = 1; k >= i && seen <= 4; k--, seen++) {
      if ((bytes[k] & 0xC0) === 0x80) continue;
      const total = utf8Total(bytes[k]);
      if (total > seen) {
        keep = seen;
        need = total - seen;
      }
      break;
    }
  } else if (enc === 'utf16le') {
    if ((len - i) % 2 === 1) {
      keep = 1;
      need = 1;
    } else if (len - i >= 2 && isHighSurrogateAt(bytes, len - 2)) {
      keep = 2;
      need = 2;
    }
  } else if (enc === 'base64' || enc === 'base64url') {
    keep = (len - i) % 3;
    need = keep === 0 ? 0 : 3 - keep;
  }
  if (len - keep > i) out += bytes.toString(enc, i, len - keep);
  for (let k = 0; k < keep; k++) last[k] = bytes[len - keep + k];
  d[kHave] = keep;
  d[kNeed] = need;
  return out;
}

StringDecoder.prototype.write = function write(buf) {
  if (this == null || this[kLastChar] === undefined) throw new ERR_INVALID_THIS('StringDecoder');
  const bytes = asBuffer(buf);
  if (typeof bytes === 'string') return bytes;
  return decodeChunk(this, bytes);
};

StringDecoder.prototype.end = function end(buf) {
  let out = '';
  if (buf !== undefined) out = this.write(buf);
  if (this[kHave] > 0) {
    out += this[kLastChar].toString(this.encoding, 0, this[kHave]);
  }
  this[kHave] = 0;
  this[kNeed] = 0;
  return out;
};

/** Decodes buf from offset with the pending state discarded (Node's legacy helper). */
StringDecoder.prototype.text = function text(buf, offset) {
  this[kHave] = 0;
  this[kNeed] = 0;
  const bytes = asBuffer(buf);
  if (typeof bytes === 'string') return bytes.slice(offset);
  return this.write(bytes.subarray(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true, enumerable: true,
    get() { return this[kLastChar]; },
  },
  lastNeed: {
    configurable: true, enumerable: true,
    get() { return this[kNeed]; },
  },
  lastTotal: {
    configurable: true, enumerable: true,
    get() { return this[kHave] + this[kNeed]; },
  },
});

module.exports = { StringDecoder };
