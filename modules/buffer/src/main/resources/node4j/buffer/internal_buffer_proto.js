'use strict';
// Buffer.prototype: strings, search, compare, fill, copy, views, swaps and inspect.
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING, ERR_INVALID_BUFFER_SIZE },
} = require('internal/errors');
const enc = require('internal/buffer_encodings');
const { UTF8, UCS2, LATIN1, ASCII, BASE64, BASE64URL, HEX, NAMES, encodingCode, isUint8Array } = enc;
const binding = internalBinding('buffer');

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

/** Where a search starts, as Node clamps it (negative counts from the end). */
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  return forward ? -1 : length - 1;
}

function searchBytes(buf, needle, start, forward, code) {
  if (needle.length === 0) return start;
  if (code !== UCS2) return searchAligned(buf, needle, start, forward, 1);
  // UTF-16 search works on whole code units: odd trailing bytes are ignored.
  if (buf.length < 2 || needle.length < 2) return -1;
  if (needle.length & 1) needle = needle.subarray(0, needle.length - 1);
  if (buf.length & 1) buf = buf.subarray(0, buf.length - 1);
  return searchAligned(buf, needle, start - (start % 2), forward, 2);
}

/** Index of needle in buf at a multiple of step, from start; -1 when absent. */
function searchAligned(buf, needle, start, forward, step) {
  const n = needle.length;
  const len = buf.length;
  if (len === 0 || start < 0 || n > len) return -1;
  if (forward && start + n > len) return -1;
  if (len <= 4 * enc.SMALL && n < enc.SMALL) {
    const first = needle[0];
    if (forward) {
      outer: for (let i = start; i <= len - n; i += step) {
        if (buf[i] !== first) continue;
        for (let k = 1; k < n; k++) if (buf[i + k] !== needle[k]) continue outer;
        return i;
      }
    } else {
      const last = Math.min(start, len - n);
      outer: for (let i = last - (last % step); i >= 0; i -= step) {
        if (buf[i] !== first) continue;
        for (let k = 1; k < n; k++) if (buf[i + k] !== needle[k]) continue outer;
        return i;
      }
    }
    return -1;
  }
  let from = start;
  for (;;) {
    // A needle of up to 16 bytes goes as four ints: a second buffer argument (and its read) cost
    // the call more than packing it does.
    const r = n <= 16
      ? binding.indexOfPacked(buf.buffer, buf.byteOffset, len, quad(needle, 0, n), quad(needle, 4, n),
        quad(needle, 8, n), quad(needle, 12, n), n, from, !forward)
      : binding.indexOf(buf.buffer, buf.byteOffset, len, needle.buffer, needle.byteOffset, n, from, !forward);
    if (r < 0 || step === 1 || r % 2 === 0) return r;
    from = forward ? r + 1 : r - 1;
  }
}

/** Bytes i..i+3 of b (n long) as a little-endian int, 0 past the end. */
function quad(b, i, n) {
  if (i >= n) return 0;
  if (i + 4 <= n) return b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
  let v = 0;
  for (let k = n - 1; k >= i; k--) v = (v << 8) | b[k];
  return v;
}

/**
 * buf.indexOf(val) with no offset or encoding, when val is a Uint8Array of 1..16 bytes and buf is
 * too long for the JS loop: straight to Java, as bidirectionalIndexOf would end up doing. Measured
 * (GraalJS, 1 KiB, 14-byte needle): ~300 ns against ~500-700 through bidirectionalIndexOf's
 * layers. undefined when the call is not that case.
 */
function indexOfShortNeedle(buf, val) {
  if (!isUint8Array(val) || !isUint8Array(buf)) return undefined;
  const n = val.length;
  const len = buf.length;
  if (n === 0 || n > 16 || n > len || len <= 4 * enc.SMALL) return undefined;
  return binding.indexOfPacked(buf.buffer, buf.byteOffset, len, quad(val, 0, n), quad(val, 4, n),
    quad(val, 8, n), quad(val, 12, n), n, 0, false);
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, forward) {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : buffer.length;
  byteOffset = Math.trunc(byteOffset);
  if (typeof val === 'number') {
    const start = searchStart(buffer.length, byteOffset, 1, forward);
    const byte = (val >>> 0) & 255;
    if (start < 0 || buffer.length === 0) return -1;
    return forward ? Uint8Array.prototype.indexOf.call(buffer, byte, start) : Uint8Array.prototype.lastIndexOf.call(buffer, byte, start);
  }
  let code = UTF8;
  if (encoding !== undefined) code = encodingCode(encoding);
  if (typeof val === 'string') {
    if (code === 0) throw new ERR_UNKNOWN_ENCODING(encoding);
    const needle = enc.fromStringCode(val, code, (n) => new Uint8Array(n));
    if (code === UCS2 && needle.length === 0) return -1;
    return searchBytes(buffer, needle, searchStart(buffer.length, byteOffset, needle.length, forward), forward, code);
  }
  if (isUint8Array(val)) {
    return searchBytes(buffer, val, searchStart(buffer.length, byteOffset, val.length, forward), forward,
      code === UCS2 ? UCS2 : UTF8);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

function install(Buffer, FastBuffer, { validateOffset, fillImpl }) {
  const proto = Buffer.prototype;

  function define(name, fn) {
    Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: true });
  }

  for (const [name, code] of [['ascii', ASCII], ['base64', BASE64], ['base64url', BASE64URL],
    ['latin1', LATIN1], ['hex', HEX], ['ucs2', UCS2], ['utf8', UTF8]]) {
    define(`${name}Slice`, function slice(start = 0, end = this.length) {
      if (start < 0 || end > this.length || start > end) throw new ERR_OUT_OF_RANGE('start', `>= 0 && <= ${this.length}`, start);
      return enc.decodeSlice(this, start, end, code);
    });
    define(`${name}Write`, function write(string, offset = 0, length = this.length - offset) {
      const { ERR_BUFFER_OUT_OF_BOUNDS } = require('internal/errors').codes;
      if (offset < 0 || offset > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
      if (length < 0 || length > this.length - offset) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
      return enc.writeString(this, string, offset, length, code);
    });
  }

  Object.defineProperty(proto, 'parent', {
    enumerable: true, configurable: true,
    get() { return this instanceof Buffer ? this.buffer : undefined; },
  });
  Object.defineProperty(proto, 'offset', {
    enumerable: true, configurable: true,
    get() { return this instanceof Buffer ? this.byteOffset : undefined; },
  });

  define('copy', function copy(target, targetStart, sourceStart, sourceEnd) {
    const source = this;
    // Any ArrayBufferView works on both sides: the copy is of bytes.
    if (!ArrayBuffer.isView(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
    if (!ArrayBuffer.isView(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    if (targetStart === undefined) {
      targetStart = 0;
    } else {
      targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
      if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
    }
    if (sourceStart === undefined) {
      sourceStart = 0;
    } else {
      sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
      if (sourceStart < 0 || sourceStart > source.byteLength) {
        throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.byteLength}`, sourceStart);
      }
    }
    if (sourceEnd === undefined) {
      sourceEnd = source.byteLength;
    } else {
      sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
      if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
    }
    if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
    if (sourceEnd - sourceStart > target.byteLength - targetStart) {
      sourceEnd = sourceStart + target.byteLength - targetStart;
    }
    let nb = sourceEnd - sourceStart;
    const sourceLen = source.byteLength - sourceStart;
    if (nb > sourceLen) nb = sourceLen;
    if (nb <= 0) return 0;
    const dst = isUint8Array(target) ? target : new Uint8Array(target.buffer, target.byteOffset, target.byteLength);
    dst.set(new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb), targetStart);
    return nb;
  });

  define('toString', function toString(encoding, start, end) {
    if (arguments.length === 0) return enc.decodeSlice(this, 0, this.length, UTF8);
    const len = this.length;
    if (start <= 0) start = 0;
    else if (start >= len) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > len) end = len;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    let code = UTF8;
    if (encoding !== undefined) {
      code = encodingCode(encoding);
      if (code === 0) throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    return enc.decodeSlice(this, start, end, code);
  });

  define('equals', function equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) {
      throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
    }
    if (this === otherBuffer) return true;
    const len = this.byteLength;
    if (len !== otherBuffer.byteLength) return false;
    return len === 0 || enc.compareBytes(this, 0, len, otherBuffer, 0, len) === 0;
  });

  define('inspect', function inspect(recurseTimes, ctx) {
    const max = require('buffer').INSPECT_MAX_BYTES;
    const actualMax = Math.min(max, this.length);
    const remaining = this.length - max;
    let str = enc.decodeSlice(this, 0, actualMax, HEX).replace(/(.{2})/g, '$1 ').trim();
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    if (ctx) {
      // Own non-index properties, as util.inspect shows them for other objects.
      const util = require('internal/core').loadedBuiltin('util');
      const extras = [];
      for (const key of Object.keys(this)) {
        if (/^\d+$/.test(key)) continue;
        const v = util ? util.inspect(this[key], { ...ctx, breakLength: Infinity, compact: true }) : String(this[key]);
        extras.push(`${key}: ${v}`);
      }
      if (extras.length) str += `${str ? ', ' : ''}${extras.join(', ')}`;
    }
    return `<${this.constructor.name} ${str}>`;
  });
  Object.defineProperty(proto, Symbol.for('nodejs.util.inspect.custom'),
    { value: proto.inspect, writable: true, configurable: true, enumerable: false });

  define('compare', function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    if (arguments.length === 1) return enc.compareBytes(this, 0, this.length, target, 0, target.length);
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    return enc.compareBytes(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
  });

  define('indexOf', function indexOf(val, byteOffset, encoding) {
    if (byteOffset === undefined && encoding === undefined) {
      const r = indexOfShortNeedle(this, val);
      if (r !== undefined) return r;
    }
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
  });
  define('lastIndexOf', function lastIndexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  });
  define('includes', function includes(val, byteOffset, encoding) {
    if (byteOffset === undefined && encoding === undefined) {
      const r = indexOfShortNeedle(this, val);
      if (r !== undefined) return r !== -1;
    }
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true) !== -1;
  });

  define('fill', function fill(value, offset, end, encoding) {
    return fillImpl(this, value, offset, end, encoding);
  });

  define('write', function write(string, offset, length, encoding) {
    if (typeof string !== 'string') {
      // Node's own wording for this one (no "The ... argument must be of type").
      const err = new ERR_INVALID_ARG_TYPE('argument', 'string', string);
      const old = err.message;
      err.message = 'argument must be a string';
      if (typeof err.stack === 'string') err.stack = err.stack.replace(old, err.message);
      throw err;
    }
    if (offset === undefined) return enc.writeString(this, string, 0, this.length, UTF8);
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    let code = UTF8;
    if (encoding !== undefined && encoding !== null) {
      code = encodingCode(encoding);
      if (code === 0) throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (string.length === 0 || length === 0) return 0;
    return enc.writeString(this, string, offset, length, code);
  });

  define('toJSON', function toJSON() {
    if (this.length > 0) {
      const data = new Array(this.length);
      for (let i = 0; i < this.length; ++i) data[i] = this[i];
      return { type: 'Buffer', data };
    }
    return { type: 'Buffer', data: [] };
  });

  define('subarray', function subarray(start, end) {
    const srcLength = this.length;
    start = adjustOffset(start, srcLength);
    end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
    const newLength = end > start ? end - start : 0;
    return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
  });
  define('slice', function slice(start, end) {
    return this.subarray(start, end);
  });

  function swap(buf, size) {
    const len = buf.length;
    if (len % size !== 0) throw new ERR_INVALID_BUFFER_SIZE(`${size * 8}-bits`);
    for (let i = 0; i < len; i += size) {
      for (let a = i, b = i + size - 1; a < b; a++, b--) {
        const t = buf[a];
        buf[a] = buf[b];
        buf[b] = t;
      }
    }
    return buf;
  }
  define('swap16', function swap16() { return swap(this, 2); });
  define('swap32', function swap32() { return swap(this, 4); });
  define('swap64', function swap64() { return swap(this, 8); });

  define('toLocaleString', proto.toString);
  void NAMES;
}

module.exports = { install, bidirectionalIndexOf, adjustOffset };
