'use strict';
// path.win32: '\' (and '/') separated paths with drive letters ('C:') and UNC roots
// ('\\server\share'). Comparisons of devices and in relative() ignore case, as Windows does.

const { validateString, validateObject } = require('internal/validators');
const shared = require('internal/path_shared');

const isSep = (c) => c === '\\' || c === '/';
const isSepCode = (c) => c === 92 || c === 47;   // isSep for the shared helpers, on char codes
const isDriveLetter = (c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

/**
 * The root of `path`: { rootEnd, device, absolute }. device is 'C:' or '\\server\share'
 * (undefined if none); rootEnd is where the part after the root starts.
 */
/** plainUnc: read '\\?\x\' and '\\.\x\' as an ordinary server + share root, as parse() does. */
function parseRoot(path, plainUnc = false) {
  const len = path.length;
  if (len === 0) return { rootEnd: 0, device: undefined, absolute: false };
  if (isSep(path[0])) {
    if (len > 1 && isSep(path[1])) {
      // Possible UNC root: two separators, a server, separators, a share.
      let j = 2;
      while (j < len && !isSep(path[j])) j++;
      if (j < len && j > 2) {
        const server = path.slice(2, j);
        while (j < len && isSep(path[j])) j++;
        const shareStart = j;
        while (j < len && !isSep(path[j])) j++;
        if (j > shareStart) {
          if (!plainUnc && (server === '.' || server === '?')) {
            return { rootEnd: 4, device: `\\\\${server}`, absolute: true };
          }
          return { rootEnd: j, device: `\\\\${server}\\${path.slice(shareStart, j)}`, absolute: true };
        }
      }
    }
    return { rootEnd: 1, device: undefined, absolute: true };
  }
  if (len > 1 && isDriveLetter(path[0]) && path[1] === ':') {
    if (len > 2 && isSep(path[2])) return { rootEnd: 3, device: path.slice(0, 2), absolute: true };
    return { rootEnd: 2, device: path.slice(0, 2), absolute: false };
  }
  return { rootEnd: 0, device: undefined, absolute: false };
}

function cwd() {
  return require('process').cwd();
}

const resolve = (...args) => {
  let device = '';
  let tail = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1; i--) {
    let path;
    if (i >= 0) {
      path = args[i];
      if (typeof path !== 'string') validateString(path, `paths[${i}]`);   // the name only when it throws
      if (path.length === 0) continue;
    } else if (device.length === 0) {
      path = cwd();
    } else {
      // The current directory of that drive, if the environment says, else the process's.
      path = require('process').env[`=${device}`] || cwd();
      if (path === undefined || (path.slice(0, 2).toLowerCase() !== device.toLowerCase() && path[2] === '\\')) {
        path = `${device}\\`;
      }
    }
    const root = parseRoot(path);
    if (root.device !== undefined) {
      if (device.length > 0) {
        if (root.device.toLowerCase() !== device.toLowerCase()) continue;   // another drive
      } else {
        device = root.device;
      }
    }
    if (absolute) {
      if (device.length > 0) break;
    } else {
      tail = `${path.slice(root.rootEnd)}\\${tail}`;
      absolute = root.absolute;
      if (absolute && device.length > 0) break;
    }
  }
  tail = shared.collapse(tail, !absolute, '\\', isSepCode);
  return absolute ? `${device}\\${tail}` : `${device}${tail}` || '.';
};

const RESERVED = new Set(['CON', 'PRN', 'AUX', 'NUL', 'COM1', 'COM2', 'COM3', 'COM4', 'COM5',
  'COM6', 'COM7', 'COM8', 'COM9', 'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9']);

function isReservedBefore(seg, colon) {
  return colon > 0 && RESERVED.has(seg.slice(0, colon).toUpperCase());
}

/**
 * Node's guard against relative results that Windows would read as a drive or device: a
 * segment ending in ':' gets the path a '.\' prefix (join leaves device names like 'CON:' alone).
 */
function needsDotPrefix(tail, forJoin) {
  return tail.split(/[\\/]/).some((seg) => seg.length > 1 && seg.endsWith(':') &&
    !(forJoin && isReservedBefore(seg, seg.indexOf(':'))));
}

const normalize = (path) => {
  validateString(path, 'path');
  return normalizeWin32(path, false);
};

function normalizeWin32(path, forJoin) {
  const len = path.length;
  if (len === 0) return '.';
  let { rootEnd, device, absolute } = parseRoot(path);
  if (len === 1) return isSep(path[0]) ? '\\' : path;
  // A leading device name ('CON:', 'nul:') is kept as a relative root behind '.\'.
  let reserved = false;
  if (!forJoin && device === undefined && !absolute) {
    const colon = path.indexOf(':');
    if (isReservedBefore(path, colon)) {
      reserved = true;
      device = path.slice(0, colon + 1);
      rootEnd = colon + 1;
    }
  }
  let tail = rootEnd < len ? shared.collapse(path.slice(rootEnd), !absolute, '\\', isSepCode) : '';
  if (tail.length === 0 && !absolute) tail = '.';
  if (tail.length > 0 && isSep(path[len - 1])) tail += '\\';
  if (reserved) return `.\\${device}${tail}`;
  if (device === undefined) {
    if (absolute) return `\\${tail}`;
    // '..' must not turn a relative path into one on a drive ('a/../C:x'): keep it relative.
    const drive = tail.length > 1 && isDriveLetter(tail[0]) && tail[1] === ':';
    return drive || needsDotPrefix(path.slice(rootEnd), forJoin) ? `.\\${tail}` : tail;
  }
  return absolute ? `${device}\\${tail}` : `${device}${tail}`;
}

const isAbsolute = (path) => {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return false;
  return isSep(path[0]) || (len > 2 && isDriveLetter(path[0]) && path[1] === ':' && isSep(path[2]));
};

const join = (...args) => {
  if (args.length === 0) return '.';
  const parts = [];
  for (const arg of args) {
    validateString(arg, 'path');
    if (arg.length > 0) parts.push(arg);
  }
  if (parts.length === 0) return '.';
  let joined = parts.join('\\');
  // Keep a UNC root only when the first part clearly starts one (exactly two separators and
  // a name); otherwise collapse leading separators so normalize() does not take it for one.
  const first = parts[0];
  const uncStart = first.length > 2 && isSep(first[0]) && isSep(first[1]) && !isSep(first[2]);
  if (!uncStart) {
    let n = 0;
    while (n < joined.length && isSep(joined[n])) n++;
    if (n >= 2) joined = `\\${joined.slice(n)}`;
  }
  return normalizeWin32(joined, true);
};

const relative = (from, to) => {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  const fromAbs = resolve(from);
  const toAbs = resolve(to);
  if (fromAbs === toAbs) return '';
  const fromLower = fromAbs.toLowerCase();
  const toLower = toAbs.toLowerCase();
  if (fromLower === toLower) return '';
  // Compared segment by segment (the device is the first); nothing in common: the target.
  const f = fromLower.split('\\').filter(Boolean);
  const tl = toLower.split('\\').filter(Boolean);
  const t = toAbs.split('\\').filter(Boolean);
  let common = 0;
  while (common < f.length && common < tl.length && f[common] === tl[common]) common++;
  if (common === 0) return toAbs;
  const up = new Array(f.length - common).fill('..');
  return up.concat(t.slice(common)).join('\\');
};

const toNamespacedPath = (path) => {
  if (typeof path !== 'string' || path.length === 0) return path;
  const resolved = resolve(path);
  if (resolved.length <= 2) return path;
  if (resolved[0] === '\\') {
    if (resolved[1] === '\\' && resolved[2] !== '?' && resolved[2] !== '.') {
      return `\\\\?\\UNC\\${resolved.slice(2)}`;
    }
  } else if (isDriveLetter(resolved[0]) && resolved[1] === ':' && resolved[2] === '\\') {
    return `\\\\?\\${resolved}`;
  }
  return resolved;
};

const dirname = (path) => {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  const root = parseRoot(path);
  if (len === 1) return isSep(path[0]) ? path : '.';
  if (root.device !== undefined && root.device.startsWith('\\\\') && root.rootEnd === len) return path;
  // rootEnd of a UNC root includes the separator after the share.
  let rootEnd = root.rootEnd;
  if (root.device !== undefined && root.device.startsWith('\\\\') && rootEnd < len) rootEnd++;
  let i = len - 1;
  while (i >= rootEnd && isSep(path[i])) i--;
  while (i >= rootEnd && !isSep(path[i])) i--;
  if (i < rootEnd) return rootEnd === 0 ? '.' : path.slice(0, rootEnd);
  return path.slice(0, i);
};

function driveOffset(path) {
  return path.length >= 2 && isDriveLetter(path[0]) && path[1] === ':' ? 2 : 0;
}

const basename = (path, suffix) => {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  return shared.basename(path, suffix, driveOffset(path), isSepCode);
};

const extname = (path) => {
  validateString(path, 'path');
  return shared.extname(path, driveOffset(path), isSepCode);
};

function format(pathObject) {
  validateObject(pathObject, 'pathObject');
  return shared.format('\\', pathObject);
}

const parse = (path) => {
  validateString(path, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return ret;
  const root = parseRoot(path, true);
  let rootEnd = root.rootEnd;
  if (root.device !== undefined && root.device.startsWith('\\\\') && rootEnd < path.length) rootEnd++;
  ret.root = path.slice(0, rootEnd);
  if (rootEnd === path.length) {
    ret.dir = ret.root;
    return ret;
  }
  shared.parseTail(path, rootEnd, isSepCode, ret);
  return ret;
};

const matchesGlob = (path, pattern) => {
  return require('internal/path_glob').matchesGlob(path, pattern, true);
};

// The API functions are arrows: like Node's methods they are not constructors and have no
// prototype (format excepted: Node's is a bound function, which is).
const win32 = {
  resolve, normalize, isAbsolute, join, relative, toNamespacedPath, dirname, basename, extname,
  format, parse, matchesGlob, sep: '\\', delimiter: ';', win32: null, posix: null,
  _makeLong: toNamespacedPath,
};
win32.win32 = win32;
module.exports = win32;
win32.posix = require('path/posix');
