'use strict';
// isIP for dns (net has the same checks; dns keeps its own so that net can require dns).

const V4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const HEX = /^[0-9a-fA-F]{1,4}$/;
const ZONE = /^[0-9a-zA-Z.:-]+$/;

function isIPv4(input) {
  return V4.test(`${input}`);
}

/** Hex groups split by ':', one '::' at most, an IPv4 tail allowed, then an optional %zone. */
function isIPv6(input) {
  let s = `${input}`;
  const pct = s.indexOf('%');
  if (pct !== -1) {
    if (!ZONE.test(s.slice(pct + 1))) return false;
    s = s.slice(0, pct);
  }
  const gap = s.indexOf('::');
  if (gap !== -1 && s.indexOf('::', gap + 1) !== -1) return false;
  const groups = gap === -1 ? s.split(':') : [...side(s.slice(0, gap)), ...side(s.slice(gap + 2))];
  let words = 0;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (HEX.test(g)) words++;
    else if (i === groups.length - 1 && V4.test(g)) words += 2;
    else return false;
  }
  return gap === -1 ? words === 8 : words <= 7;
}

function side(s) {
  return s === '' ? [] : s.split(':');
}

function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

module.exports = { isIP, isIPv4, isIPv6 };
