'use strict';
// Pieces shared by path.posix and path.win32; `isSep` says which characters separate.

/** Resolves '.' and '..' segments; drops empty ones. Leading '..' kept only if allowAboveRoot. */
function collapse(path, allowAboveRoot, sep, isSep) {
  const out = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && !isSep(path[i])) continue;
    const seg = path.slice(start, i);
    start = i + 1;
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(seg);
    }
  }
  return out.join(sep);
}

/** [start, end) of the last segment at or after `from`, trailing separators ignored. */
function lastSegment(path, from, isSep) {
  let end = path.length;
  while (end > from && isSep(path[end - 1])) end--;
  let start = end;
  while (start > from && !isSep(path[start - 1])) start--;
  return [start, end];
}

/** The extension of one segment: from its last '.', unless that starts it (or it is '..'). */
function segmentExt(seg) {
  if (seg === '..') return '';
  const dot = seg.lastIndexOf('.');
  return dot <= 0 ? '' : seg.slice(dot);
}

function basename(path, suffix, from, isSep) {
  const [start, end] = lastSegment(path, from, isSep);
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
  const [start, end] = lastSegment(path, from, isSep);
  return segmentExt(path.slice(start, end));
}

/** Fills dir/base/ext/name of `ret` (root already set) for the part after the root. */
function parseTail(path, rootEnd, isSep, ret) {
  const [start, end] = lastSegment(path, rootEnd, isSep);
  const base = path.slice(start, end);
  ret.base = base;
  ret.ext = segmentExt(base);
  ret.name = base.slice(0, base.length - ret.ext.length);
  ret.dir = start > rootEnd ? path.slice(0, start - 1) : ret.root;
}

function format(sep, obj) {
  const dir = obj.dir || obj.root;
  const ext = obj.ext ? `${obj.ext[0] === '.' ? '' : '.'}${obj.ext}` : '';
  const base = obj.base || `${obj.name || ''}${ext}`;
  if (!dir) return base;
  return dir === obj.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

module.exports = { collapse, lastSegment, segmentExt, basename, extname, parseTail, format };
