'use strict';
// IP literals to bytes and back, with the rules Node's SocketAddress gets from C: libuv's
// inet_pton (no leading zeros in IPv4, at most four hex digits a group, an IPv6 zone dropped
// and its address part cut to 39 characters, the string ending at a NUL) and glibc's
// inet_ntop (longest zero run as "::", "::a.b.c.d" and "::ffff:a.b.c.d" in dotted form).

// The value of a hex digit's char code, or -1.
function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function cString(text) {
  const nul = text.indexOf('\0');
  return nul < 0 ? text : text.slice(0, nul);
}

// Writes the four bytes of a dotted quad into out[at..at+3]; false if it is not one.
function quadInto(text, out, at) {
  let octets = 0;
  let sawDigit = false;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (sawDigit && value === 0) return false;   // a leading zero
      value = value * 10 + (c - 48);
      if (value > 255) return false;
      if (!sawDigit) {
        if (++octets > 4) return false;
        sawDigit = true;
      }
      out[at + octets - 1] = value;
    } else if (c === 46 && sawDigit) {   // '.'
      if (octets === 4) return false;
      sawDigit = false;
      value = 0;
    } else {
      return false;
    }
  }
  return octets === 4;
}

function parseIPv4(text) {
  const out = new Uint8Array(4);
  return quadInto(cString(text), out, 0) ? out : null;
}

function parseIPv6(text) {
  let s = cString(text);
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, Math.min(zone, 39));
  const tmp = new Uint8Array(16);
  let i = 0;
  if (s[0] === ':' && s[++i] !== ':') return null;
  let tp = 0;
  let gap = -1;          // where "::" stands, as a byte offset
  let tokenStart = i;
  let digits = 0;
  let value = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const digit = hexValue(c);
    if (digit >= 0) {
      value = (value << 4) | digit;
      if (++digits > 4) return null;
      continue;
    }
    if (c === 58) {   // ':'
      tokenStart = i + 1;
      if (digits === 0) {
        if (gap >= 0) return null;
        gap = tp;
        continue;
      }
      if (i + 1 === s.length || tp + 2 > 16) return null;
      tmp[tp++] = value >> 8;
      tmp[tp++] = value & 0xff;
      digits = 0;
      value = 0;
      continue;
    }
    if (c === 46 && tp + 4 <= 16 && quadInto(s.slice(tokenStart), tmp, tp)) {
      tp += 4;
      digits = 0;
      break;
    }
    return null;
  }
  if (digits > 0) {
    if (tp + 2 > 16) return null;
    tmp[tp++] = value >> 8;
    tmp[tp++] = value & 0xff;
  }
  if (gap >= 0) {
    if (tp === 16) return null;
    const moved = tp - gap;
    tmp.copyWithin(16 - moved, gap, tp);
    tmp.fill(0, gap, 16 - moved);
    tp = 16;
  }
  return tp === 16 ? tmp : null;
}

function formatIPv4(bytes, at = 0) {
  return `${bytes[at]}.${bytes[at + 1]}.${bytes[at + 2]}.${bytes[at + 3]}`;
}

function formatIPv6(bytes) {
  const words = new Array(8);
  for (let i = 0; i < 8; i++) words[i] = (bytes[2 * i] << 8) | bytes[2 * i + 1];
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8;) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  if (bestLength < 2) bestStart = -1;   // a lone zero group stays "0"
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (bestStart >= 0 && i >= bestStart && i < bestStart + bestLength) {
      if (i === bestStart) out += ':';
      continue;
    }
    if (i !== 0) out += ':';
    if (i === 6 && bestStart === 0 && (bestLength === 6 || (bestLength === 5 && words[5] === 0xffff))) {
      return out + formatIPv4(bytes, 12);
    }
    out += words[i].toString(16);
  }
  if (bestStart >= 0 && bestStart + bestLength === 8) out += ':';
  return out;
}

module.exports = { parseIPv4, parseIPv6, formatIPv4, formatIPv6 };
