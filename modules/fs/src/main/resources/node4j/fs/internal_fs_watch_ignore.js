'use strict';
// fs.watch's `ignore` option: a glob string, a RegExp, a function of the file name, or an array
// of them. A change whose file name any of them matches is not reported. Globs are matched
// against the name as reported and against its last segment (so '*.log' also drops
// 'sub/x.log' in recursive watches).
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;

const kTypes = ['string', 'RegExp', 'Function', 'Array'];

function toMatcher(pattern, name) {
  if (typeof pattern === 'string') {
    if (pattern === '') throw new ERR_INVALID_ARG_VALUE(name, pattern, 'must be a non-empty string');
    const { matchesGlob, basename } = require('path');
    return (file) => matchesGlob(file, pattern) || matchesGlob(basename(file), pattern);
  }
  if (pattern instanceof RegExp) return (file) => { pattern.lastIndex = 0; return pattern.test(file); };
  if (typeof pattern === 'function') return (file) => Boolean(pattern(file));
  throw new ERR_INVALID_ARG_TYPE(name, kTypes, pattern);
}

/** A predicate (file name -> ignore?) for options.ignore, or null when there is none. */
function ignoreMatcher(ignore) {
  if (ignore === undefined || ignore === null) return null;
  const matchers = Array.isArray(ignore)
    ? ignore.map((p, i) => toMatcher(p, `options.ignore[${i}]`))
    : [toMatcher(ignore, 'options.ignore')];
  if (matchers.length === 0) return null;
  return (file) => file != null && matchers.some((m) => m(String(file)));
}

module.exports = { ignoreMatcher };
