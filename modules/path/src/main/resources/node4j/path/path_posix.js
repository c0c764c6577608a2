'use strict';
// path.posix: '/'-separated paths. Also the `path` module itself on Linux and macOS.

const { validateString, validateObject } = require('internal/validators');
const shared = require('internal/path_shared');

const SLASH = 47;
const isSep = (c) => c === SLASH;   // on char codes, as the shared helpers read them

function cwd() {
  return require('process').cwd();
}

const resolve = (...args) => {
  // From the right to the last absolute path (the working directory if none): those are joined,
  // each collapsed onto the result of the ones before, with no joined string in between.
  let first = args.length;
  let absolute = false;
  while (first > 0 && !absolute) {
    const p = args[--first];
    if (typeof p !== 'string') validateString(p, `paths[${first}]`);   // the name only when it throws
    absolute = p.length > 0 && p.charCodeAt(0) === SLASH;
  }
  let resolved = '';
  if (!absolute) {
    const dir = cwd();
    absolute = dir.length > 0 && dir.charCodeAt(0) === SLASH;
    resolved = shared.collapse(dir, !absolute, '/', isSep);
  }
  for (let i = first; i < args.length; i++) resolved = shared.collapse(args[i], !absolute, '/', isSep, resolved);
  if (absolute) return `/${resolved}`;
  return resolved.length > 0 ? resolved : '.';
};

const normalize = (path) => {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const absolute = path.charCodeAt(0) === SLASH;
  const trailing = path.charCodeAt(path.length - 1) === SLASH;
  let out = shared.collapse(path, !absolute, '/', isSep);
  if (out.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) out += '/';
  return absolute ? `/${out}` : out;
};

const isAbsolute = (path) => {
  validateString(path, 'path');
  return path.length > 0 && path.charCodeAt(0) === SLASH;
};

const join = (...args) => {
  if (args.length === 0) return '.';
  const parts = [];
  for (const arg of args) {
    validateString(arg, 'path');
    if (arg.length > 0) parts.push(arg);
  }
  if (parts.length === 0) return '.';
  return normalize(parts.join('/'));
};

const relative = (from, to) => {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';
  const fromParts = from.split('/').filter(Boolean);
  const toParts = to.split('/').filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < toParts.length &&
         fromParts[common] === toParts[common]) common++;
  const up = new Array(fromParts.length - common).fill('..');
  return up.concat(toParts.slice(common)).join('/');
};

const toNamespacedPath = (path) => {
  return path;   // a no-op outside Windows
};

const dirname = (path) => {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const rooted = path.charCodeAt(0) === SLASH;
  // Skip trailing separators, then the last segment; what is left (minus one separator) is it.
  let i = path.length - 1;
  while (i >= 1 && path.charCodeAt(i) === SLASH) i--;
  while (i >= 1 && path.charCodeAt(i) !== SLASH) i--;
  if (i < 1) return rooted ? '/' : '.';
  if (rooted && i === 1) return '//';
  return path.slice(0, i);
};

const basename = (path, suffix) => {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  return shared.basename(path, suffix, 0, isSep);
};

const extname = (path) => {
  validateString(path, 'path');
  return shared.extname(path, 0, isSep);
};

function format(pathObject) {
  validateObject(pathObject, 'pathObject');
  return shared.format('/', pathObject);
}

const parse = (path) => {
  validateString(path, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return ret;
  const absolute = path.charCodeAt(0) === SLASH;
  if (absolute) ret.root = '/';
  shared.parseTail(path, absolute ? 1 : 0, isSep, ret);
  if (ret.base === '..' && absolute && path.lastIndexOf('/', path.length - 3) === 0) {
    ret.ext = '.';   // Node's quirk for '/..' (the segment right after the root)
    ret.name = '.';
  }
  return ret;
};

const matchesGlob = (path, pattern) => {
  return require('internal/path_glob').matchesGlob(path, pattern, false);
};

// The API functions are arrows: like Node's methods they are not constructors and have no
// prototype (format excepted: Node's is a bound function, which is).
const posix = {
  resolve, normalize, isAbsolute, join, relative, toNamespacedPath, dirname, basename, extname,
  format, parse, matchesGlob, sep: '/', delimiter: ':', win32: null, posix: null,
  _makeLong: toNamespacedPath,
};
posix.posix = posix;
module.exports = posix;
posix.win32 = require('path/win32');
