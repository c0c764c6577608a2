'use strict';
// querystring: Node's lenient query-string parser and serializer.
const { decorate } = require('internal/errors');

// Characters escape() leaves as they are (as encodeURIComponent, which also keeps these).
const noEscape = /^[A-Za-z0-9\-._~!'()*]$/;
const HEX = '0123456789ABCDEF';

function uriError() {
  const err = new URIError('URI malformed');
  return decorate(err, 'ERR_INVALID_URI');
}

function escape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) {
      const ch = str[i];
      out += noEscape.test(ch) ? ch : `%${HEX[c >> 4]}${HEX[c & 15]}`;
      continue;
    }
    let cp = c;
    if (c >= 0xD800 && c <= 0xDFFF) {
      const next = str.charCodeAt(i + 1);
      if (c >= 0xDC00 || !(next >= 0xDC00 && next <= 0xDFFF)) throw uriError();
      cp = 0x10000 + ((c & 0x3FF) << 10) + (next & 0x3FF);
      i++;
    }
    for (const b of Buffer.from(String.fromCodePoint(cp))) out += `%${HEX[b >> 4]}${HEX[b & 15]}`;
  }
  return out;
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Percent-decodes `s` byte-wise, leaving malformed escapes alone; '+' is a space if asked. */
function unescapeBuffer(s, decodeSpaces) {
  const src = Buffer.from(`${s}`);
  const out = Buffer.allocUnsafe(src.length);
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    const b = src[i];
    if (b === 0x25 && i + 2 < src.length + 0 && hexValue(src[i + 1]) >= 0 && hexValue(src[i + 2]) >= 0) {
      out[n++] = hexValue(src[i + 1]) * 16 + hexValue(src[i + 2]);
      i += 2;
    } else if (b === 0x2B && decodeSpaces) {
      out[n++] = 0x20;
    } else {
      out[n++] = b;
    }
  }
  return out.subarray(0, n);
}

function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringified(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  if (typeof v === 'number' && Number.isFinite(v)) return Math.abs(v) < 1e21 ? `${v}` : encode(`${v}`);
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === escape ? encodeStringified : (v, enc) => enc(stringifyPrimitive(v));
  if (obj === null || typeof obj !== 'object') return '';
  let fields = '';
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = convert(k, encode) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      if (fields) fields += sep;
      for (let j = 0; j < v.length; j++) {
        if (j) fields += sep;
        fields += ks + convert(v[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += ks + convert(v, encode);
    }
  }
  return fields;
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return unescape(s, true);
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = typeof sep === 'string' && sep.length ? sep : '&';
  eq = typeof eq === 'string' && eq.length ? eq : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  const limit = maxKeys > 0 ? maxKeys : Infinity;
  let decode = unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;

  let pieces = qs.split(sep);
  if (pieces.length > limit) pieces = pieces.slice(0, limit);
  for (const piece of pieces) {
    if (piece.length === 0) continue;
    const at = piece.indexOf(eq);
    let key = at < 0 ? piece : piece.slice(0, at);
    let value = at < 0 ? '' : piece.slice(at + eq.length);
    key = decodePart(key, decode);
    value = decodePart(value, decode);
    if (Object.prototype.hasOwnProperty.call(obj, key)) {
      const cur = obj[key];
      if (Array.isArray(cur)) cur.push(value);
      else obj[key] = [cur, value];
    } else {
      obj[key] = value;
    }
  }
  return obj;
}

function decodePart(s, decode) {
  if (s.includes('+')) s = s.replaceAll('+', ' ');
  if (decode === unescape && !s.includes('%')) return s;
  return decodeStr(s, decode);
}

module.exports = {
  unescapeBuffer,
  unescape,
  escape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
