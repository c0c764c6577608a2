'use strict';
// fs.cp / fs.cpSync / fs.promises.cp. The walk is written once, as a generator that yields the
// file-system steps it needs; a sync driver runs them with the *Sync functions, an async
// driver with promises (so a filter may return a promise there).
const u = require('internal/fs/utils');
const { errors, getValidatedPath, systemError, makeCallback } = u;
const { ERR_INVALID_RETURN_VALUE } = errors.codes;
const { validateObject, validateBoolean, validateFunction, validateInteger } = require('internal/validators');
const pathModule = require('path');

function cpError(key, prefix, code, message, path, dest) {
  return systemError(key, prefix, { code, syscall: 'cp', message, path, dest });
}

function cpOptions(options) {
  if (options !== undefined) validateObject(options, 'options');
  const o = {
    dereference: false, errorOnExist: false, force: true, preserveTimestamps: false, recursive: false,
    verbatimSymlinks: false, filter: undefined, ...options,
  };
  for (const k of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(o[k], `options.${k}`);
  }
  o.mode = o.mode == null ? 0 : o.mode;
  validateInteger(o.mode, 'mode', 0, 7);
  if (o.dereference && o.verbatimSymlinks) {
    throw errors.decorate(new TypeError(
      'Option "dereference" cannot be used in combination with option "verbatimSymlinks"'),
    'ERR_INCOMPATIBLE_OPTION_PAIR');
  }
  if (o.filter !== undefined) validateFunction(o.filter, 'options.filter');
  return o;
}

// Every step of the walk that may fail with one of cp's own errors names `dest` as the path.
function cpEinval(message, dest) {
  return cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'EINVAL', message, dest);
}

/** True when dest is src or lies under it, comparing path segments only. */
function isSubdir(src, dest) {
  const s = pathModule.resolve(src).split(pathModule.sep).filter(Boolean);
  const d = pathModule.resolve(dest).split(pathModule.sep).filter(Boolean);
  return s.every((part, i) => d[i] === part);
}

function sameFile(a, b) {
  return b && b.ino && b.dev && a.ino === b.ino && a.dev === b.dev;
}

// The walk follows Node's order of checks (fs-extra's copy): filter, stats and their
// conflicts, the parents of dest, then the copy by file type.
function* cpRoot(src, dest, opts) {
  const checked = yield* checkPaths(src, dest, opts);
  if (checked === null) return;
  yield* checkParentPaths(src, checked.srcStat, dest);
  const parent = pathModule.dirname(dest);
  if (!(yield ['stat', parent, true])) yield ['mkdirp', parent];
  yield* copyEntry(checked.destStat, src, dest, opts);
}

function* checkPaths(src, dest, opts) {
  if (opts.filter && !(yield ['filter', src, dest])) return null;
  const srcStat = yield ['statOrThrow', src, opts.dereference];
  const destStat = yield ['stat', dest, opts.dereference];
  if (destStat) {
    if (sameFile(srcStat, destStat)) throw cpEinval('src and dest cannot be the same', dest);
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', 'EISDIR',
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', 'ENOTDIR',
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
    }
  }
  if (srcStat.isDirectory() && isSubdir(src, dest)) {
    throw cpEinval(`cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  return { srcStat, destStat };
}

/** Walks up from dest's parent: none of them may be src itself (through links too). */
function* checkParentPaths(src, srcStat, dest) {
  const srcParent = pathModule.resolve(pathModule.dirname(src));
  let destParent = pathModule.resolve(pathModule.dirname(dest));
  while (destParent !== srcParent && destParent !== pathModule.parse(destParent).root) {
    const st = yield ['stat', destParent, true];
    if (!st) return;
    if (sameFile(srcStat, st)) throw cpEinval(`cannot copy ${src} to a subdirectory of self ${dest}`, dest);
    destParent = pathModule.resolve(pathModule.dirname(destParent));
  }
}

function* copyEntry(destStat, src, dest, opts) {
  const srcStat = yield ['statOrThrow', src, opts.dereference];
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      throw cpError('ERR_FS_EISDIR', 'Recursive option is required to copy a directory', 'EISDIR',
        `${src} is a directory (not copied)`, src);
    }
    return yield* copyDirectory(srcStat, destStat, src, dest, opts);
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    return yield* copyFile(srcStat, destStat, src, dest, opts);
  }
  if (srcStat.isSymbolicLink()) return yield* copyLink(destStat, src, dest, opts);
  const info = [dest, 'EINVAL'];
  if (srcStat.isSocket()) {
    throw cpError('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', info[1], `cannot copy a socket file: ${dest}`, dest);
  }
  if (srcStat.isFIFO()) {
    throw cpError('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', info[1], `cannot copy a FIFO pipe: ${dest}`, dest);
  }
  throw cpError('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', info[1],
    `cannot copy an unknown file type: ${dest}`, dest);
}

function* copyFile(srcStat, destStat, src, dest, opts) {
  if (destStat) {
    if (!opts.force) {
      if (opts.errorOnExist) {
        throw cpError('ERR_FS_CP_EEXIST', 'Target already exists', 'EEXIST', `${dest} already exists`, dest);
      }
      return;
    }
    yield ['unlink', dest];
  }
  yield ['copyFile', src, dest, opts.mode];
  if (opts.preserveTimestamps) {
    // utimes needs a writable file; the source mode is put back right after.
    if ((srcStat.mode & 0o200) === 0) yield ['chmod', dest, srcStat.mode | 0o200];
    yield* copyTimestamps(src, dest);
  }
  yield ['chmod', dest, srcStat.mode];
}

function* copyTimestamps(src, dest) {
  // Read again: copying the file has just changed the source's atime.
  const st = yield ['statOrThrow', src, true];
  yield ['utimes', dest, st.atime, st.mtime];
}

function* copyDirectory(srcStat, destStat, src, dest, opts) {
  // Only the async walk refuses an existing directory; cpSync checks the files inside it.
  if (destStat && opts.errorOnExist && !opts.force && !opts.sync) {
    throw cpError('ERR_FS_CP_EEXIST', 'Target already exists', 'EEXIST', `${dest} already exists`, dest);
  }
  if (!destStat) yield ['mkdir', dest];
  for (const name of yield ['readdir', src]) {
    const s = pathModule.join(src, name);
    const d = pathModule.join(dest, name);
    const checked = yield* checkPaths(s, d, opts);
    if (checked !== null) yield* copyEntry(checked.destStat, s, d, opts);
  }
  if (opts.preserveTimestamps) yield* copyTimestamps(src, dest);
  if (!destStat) yield ['chmod', dest, srcStat.mode];
}

function* copyLink(destStat, src, dest, opts) {
  let target = yield ['readlink', src];
  if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) {
    target = pathModule.resolve(pathModule.dirname(src), target);
  }
  const srcTarget = yield ['stat', src, true];
  const type = srcTarget && srcTarget.isDirectory() ? 'dir' : 'file';
  if (!destStat) return yield ['symlink', target, dest, type];
  let destTarget;
  try {
    destTarget = yield ['readlink', dest];
  } catch (err) {
    // dest is a file or directory, not a link: symlink() reports it (EEXIST).
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return yield ['symlink', target, dest, type];
    throw err;
  }
  if (!pathModule.isAbsolute(destTarget)) destTarget = pathModule.resolve(pathModule.dirname(dest), destTarget);
  if (type === 'dir' && isSubdir(target, destTarget)) {
    throw cpEinval(`cannot copy ${target} to a subdirectory of self ${destTarget}`, dest);
  }
  // Replacing dest would delete what src points into: the new link would dangle.
  const st = yield ['statOrThrow', src, true];
  if (st.isDirectory() && isSubdir(destTarget, target)) {
    throw cpError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self', 'EINVAL',
      `cannot overwrite ${destTarget} with ${target}`, dest);
  }
  yield ['unlink', dest];
  yield ['symlink', target, dest, type];
}

function syncStep(fs, opts, [op, a, b, c]) {
  switch (op) {
    case 'filter': {
      const r = opts.filter(a, b);
      if (r && typeof r.then === 'function') throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', r);
      return r;
    }
    case 'stat': return b ? fs.statSync(a, { throwIfNoEntry: false }) : fs.lstatSync(a, { throwIfNoEntry: false });
    case 'statOrThrow': return b ? fs.statSync(a) : fs.lstatSync(a);
    case 'mkdirp': return fs.mkdirSync(a, { recursive: true });
    case 'mkdir': return fs.mkdirSync(a);
    case 'chmod': return fs.chmodSync(a, b);
    case 'readdir': return fs.readdirSync(a);
    case 'readlink': return fs.readlinkSync(a);
    case 'unlink': return fs.unlinkSync(a);
    case 'symlink': return fs.symlinkSync(a, b, c);
    case 'copyFile': return fs.copyFileSync(a, b, c);
    case 'utimes': return fs.utimesSync(a, b, c);
    default: throw new Error(`cp: unknown step ${op}`);
  }
}

async function asyncStep(fsp, opts, [op, a, b, c]) {
  switch (op) {
    case 'filter': return opts.filter(a, b);
    case 'stat':
      try {
        return await (b ? fsp.stat(a) : fsp.lstat(a));
      } catch (e) {
        if (e.code === 'ENOENT') return undefined;
        throw e;
      }
    case 'statOrThrow': return b ? fsp.stat(a) : fsp.lstat(a);
    case 'mkdirp': return fsp.mkdir(a, { recursive: true });
    case 'mkdir': return fsp.mkdir(a);
    case 'chmod': return fsp.chmod(a, b);
    case 'readdir': return fsp.readdir(a);
    case 'readlink': return fsp.readlink(a);
    case 'unlink': return fsp.unlink(a);
    case 'symlink': return fsp.symlink(a, b, c);
    case 'copyFile': return fsp.copyFile(a, b, c);
    case 'utimes': return fsp.utimes(a, b, c);
    default: throw new Error(`cp: unknown step ${op}`);
  }
}

function cpSync(src, dest, options) {
  const opts = { ...cpOptions(options), sync: true };
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  const fs = require('fs');
  const gen = cpRoot(src, dest, opts);
  let next = gen.next();
  while (!next.done) {
    let value;
    try {
      value = syncStep(fs, opts, next.value);
    } catch (e) {
      next = gen.throw(e);
      continue;
    }
    next = gen.next(value);
  }
}

/** The promise form validates inside the promise (rejects); cp() validates before calling it. */
async function cpAsync(src, dest, options) {
  return cpValidated(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), cpOptions(options));
}

async function cpValidated(src, dest, opts) {
  const fsp = require('fs/promises');
  const gen = cpRoot(src, dest, opts);
  let next = gen.next();
  while (!next.done) {
    let value;
    try {
      value = await asyncStep(fsp, opts, next.value);
    } catch (e) {
      next = gen.throw(e);
      continue;
    }
    next = gen.next(value);
  }
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  const opts = cpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  cpValidated(src, dest, opts).then(() => callback(null), callback);
}

module.exports = { cp, cpSync, cpAsync };
