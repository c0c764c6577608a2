'use strict';
// Pieces shared by path.posix and path.win32; `isSep` says which character codes separate.
// Characters are read as codes (charCodeAt), numbers to compare, where path[i] would be a
// one-character string per read; no array per call (see docs/performance-sessions.md, session 8).

const DOT = 46;

/** Resolves '.' and '..' segments of `path` onto `out` (a result of collapse, '' at first) and
 *  returns the new result; drops empty segments. Leading '..' kept only if allowAboveRoot. */
function collapse(path, allowAboveRoot, sep, isSep, out = '') {
  let start = 0;
  const len = path.length;
  for (let i = 0; i <= len; i++) {
    if (i < len && !isSep(path.charCodeAt(i))) continue;
    const n = i - start;
    if (n === 2 && path.charCodeAt(start) === DOT && path.charCodeAt(start + 1) === DOT) {
      // out's '..' segments, if any, come first: a '..' at its end means it has no other.
      if (out.length > 0 && !endsWithDotDot(out, isSep)) {
        const cut = out.lastIndexOf(sep);   // segments hold no separator
        out = cut < 0 ? '' : out.slice(0, cut);
      } else if (allowAboveRoot) {
        out = out.length === 0 ? '..' : `${out}${sep}..`;
      }
    } else if (n > 1 || (n === 1 && path.charCodeAt(start) !== DOT)) {
      const seg = path.slice(start, i);
      out = out.length === 0 ? seg : `${out}${sep}${seg}`;
    }
    start = i + 1;
  }
  return out;
}

function endsWithDotDot(out, isSep) {
  const n = out.length;
  return n >= 2 && out.charCodeAt(n - 1) === DOT && out.charCodeAt(n - 2) === DOT &&
    (n === 2 || isSep(out.charCodeAt(n - 3)));
}

/** End of the last segment at or after `from`: trailing separators skipped. */
function segmentEnd(path, from, isSep) {
  let end = path.length;
  while (end > from && isSep(path.charCodeAt(end - 1))) end--;
  return end;
}

/** Start of the segment that ends at `end` (not before `from`). */
function segmentStart(path, from, end, isSep) {
  let start = end;
  while (start > from && !isSep(path.charCodeAt(start - 1))) start--;
  return start;
}

/** Where the extension of path[start, end) starts: its last '.', unless that starts the segment
 *  or the segment is '..'; -1 if none. */
function extensionDot(path, start, end) {
  const dot = path.lastIndexOf('.', end - 1);
  if (dot <= start) return -1;
  return end - start === 2 && dot === start + 1 && path.charCodeAt(start) === DOT ? -1 : dot;
}

function basename(path, suffix, from, isSep) {
  const end = segmentEnd(path, from, isSep);
  const start = segmentStart(path, from, end, isSep);
  const seg = path.slice(start, end);
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    // Node's quirk: a segment that is only the tail end of the suffix keeps trailing separators.
    if (seg.length === 0 || (seg.length < suffix.length && suffix.endsWith(seg))) return path.slice(start);
    if (seg.length > suffix.length && seg.endsWith(suffix)) return seg.slice(0, seg.length - suffix.length);
  }
  return seg;
}

function extname(path, from, isSep) {
  const end = segmentEnd(path, from, isSep);
  const dot = extensionDot(path, segmentStart(path, from, end, isSep), end);
  return dot < 0 ? '' : path.slice(dot, end);
}

/** Fills dir/base/ext/name of `ret` (root already set, ext '') for the part after the root. */
function parseTail(path, rootEnd, isSep, ret) {
  const end = segmentEnd(path, rootEnd, isSep);
  const start = segmentStart(path, rootEnd, end, isSep);
  const dot = extensionDot(path, start, end);
  ret.base = path.slice(start, end);
  if (dot < 0) {
    ret.name = ret.base;
  } else {
    ret.ext = path.slice(dot, end);
    ret.name = path.slice(start, dot);
  }
  ret.dir = start > rootEnd ? path.slice(0, start - 1) : ret.root;
}

function format(sep, obj) {
  const dir = obj.dir || obj.root;
  const ext = obj.ext ? `${obj.ext[0] === '.' ? '' : '.'}${obj.ext}` : '';
  const base = obj.base || `${obj.name || ''}${ext}`;
  if (!dir) return base;
  return dir === obj.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

module.exports = { collapse, basename, extname, parseTail, format };
