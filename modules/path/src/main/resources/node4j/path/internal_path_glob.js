'use strict';
// path.matchesGlob: glob patterns ('*', '**', '?', '[...]', '{a,b}') compiled to a RegExp.
// On win32 both separators count and '\' is a separator, not an escape.

const { validateString } = require('internal/validators');

function expandBraces(pattern) {
  const open = pattern.indexOf('{');
  if (open === -1) return [pattern];
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    if (pattern[i] === '{') depth++;
    else if (pattern[i] === '}' && --depth === 0) {
      const inner = pattern.slice(open + 1, i);
      const options = [];
      let d = 0;
      let from = 0;
      for (let j = 0; j < inner.length; j++) {
        if (inner[j] === '{') d++;
        else if (inner[j] === '}') d--;
        else if (inner[j] === ',' && d === 0) { options.push(inner.slice(from, j)); from = j + 1; }
      }
      options.push(inner.slice(from));
      if (options.length < 2) return [pattern];
      const rest = pattern.slice(i + 1);
      const head = pattern.slice(0, open);
      return options.flatMap((o) => expandBraces(head + o + rest));
    }
  }
  return [pattern];
}

function segmentSource(seg, escapes) {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close === -1) { re += '\\['; continue; }
      let body = seg.slice(i + 1, close);
      if (body[0] === '!') body = '^' + body.slice(1);
      re += `[${body.replace(/\\/g, '\\\\')}]`;
      i = close;
    } else if (c === '\\' && escapes && i + 1 < seg.length) {
      re += '\\' + seg[++i];
    } else {
      re += c.replace(/[.+^${}()|\]\\]/g, '\\$&');
    }
  }
  return re;
}

function compile(pattern, windows) {
  const sources = expandBraces(pattern).map((p) => {
    if (windows) p = p.replace(/\\/g, '/');
    const segs = p.split('/');
    let re = '';
    segs.forEach((seg, i) => {
      const last = i === segs.length - 1;
      if (seg === '**') {
        // Any number of whole segments (none of them starting with '.').
        re += last ? '(?:(?!\\.)[^/]*(?:/(?!\\.)[^/]*)*)?' : '(?:(?!\\.)[^/]*/)*';
      } else {
        const dotGuard = seg.startsWith('.') ? '' : '(?!\\.)';
        re += (seg === '' ? '' : dotGuard + segmentSource(seg, !windows)) + (last ? '' : '/');
      }
    });
    return re;
  });
  return new RegExp(`^(?:${sources.join('|')})$`);
}

function matchesGlob(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  if (windows) path = path.replace(/\\/g, '/');
  return compile(pattern, windows).test(path);
}

module.exports = { matchesGlob };
