'use strict';
// fs.cp / fs.cpSync / fs.promises.cp. The walk is written once, as a generator that yields the
// file-system steps it needs; a sync driver runs them with the *Sync functions, an async
// driver with promises (so a filter may return a promise there).
const u = require('internal/fs/utils');
const { errors, getValidatedPath, systemError, makeCallback } = u;
const { ERR_INVALID_RETURN_VALUE } = errors.codes;
const { validateObject, validateBoolean, validateFunction } = require('internal/validators');
const pathModule = require('path');

function cpError(key, prefix, code, message, path, dest) {
  return systemError(key, prefix, { code, syscall: 'cp', message, path, dest });
}

function cpOptions(options) {
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const o = {
    dereference: false, errorOnExist: false, force: true, preserveTimestamps: false, recursive: false,
    verbatimSymlinks: false, mode: 0, filter: undefined, ...options,
  };
  for (const k of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(o[k], `options.${k}`);
  }
  if (o.filter !== undefined) validateFunction(o.filter, 'options.filter');
  return o;
}

function isSubdir(src, dest) {
  const s = pathModule.resolve(src).split(pathModule.sep).filter(Boolean);
  const d = pathModule.resolve(dest).split(pathModule.sep).filter(Boolean);
  return s.every((part, i) => d[i] === part);
}

function* cpRoot(src, dest, opts) {
  if (opts.filter && !(yield ['filter', src, dest])) return;
  const srcStat = yield ['stat', src, opts.dereference];
  if (srcStat === undefined) {
    throw errors.uvException({ code: 'ENOENT', syscall: opts.dereference ? 'stat' : 'lstat', path: src });
  }
  const destStat = yield ['stat', dest, true];
  if (destStat) {
    if (srcStat.ino === destStat.ino && srcStat.dev === destStat.dev) {
      throw cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'EINVAL', 'src and dest cannot be the same', dest);
    }
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
    throw cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'EINVAL',
      `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  const parent = pathModule.dirname(dest);
  if (!(yield ['stat', parent, true])) yield ['mkdirp', parent];
  yield* cpEntry(src, dest, srcStat, destStat, opts);
}

function* cpEntry(src, dest, srcStat, destStat, opts) {
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      throw cpError('ERR_FS_EISDIR', 'Recursive option is required to copy a directory', 'EISDIR',
        `${src} is a directory (not copied)`, src);
    }
    if (!destStat) yield ['mkdir', dest, srcStat.mode & 0o7777];
    for (const name of yield ['readdir', src]) {
      const s = pathModule.join(src, name);
      const d = pathModule.join(dest, name);
      if (opts.filter && !(yield ['filter', s, d])) continue;
      const st = yield ['stat', s, opts.dereference];
      yield* cpEntry(s, d, st, yield ['stat', d, false], opts);
    }
    return;
  }
  if (srcStat.isSymbolicLink()) {
    let target = yield ['readlink', src];
    if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) {
      target = pathModule.resolve(pathModule.dirname(src), target);
    }
    if (destStat) yield ['unlink', dest];
    yield ['symlink', target, dest];
    return;
  }
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
  if (opts.preserveTimestamps) yield ['utimes', dest, srcStat.atime, srcStat.mtime];
}

function syncStep(fs, opts, [op, a, b, c]) {
  switch (op) {
    case 'filter': {
      const r = opts.filter(a, b);
      if (r && typeof r.then === 'function') throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', r);
      return r;
    }
    case 'stat': return b ? fs.statSync(a, { throwIfNoEntry: false }) : fs.lstatSync(a, { throwIfNoEntry: false });
    case 'mkdirp': return fs.mkdirSync(a, { recursive: true });
    case 'mkdir': return fs.mkdirSync(a, b);
    case 'readdir': return fs.readdirSync(a);
    case 'readlink': return fs.readlinkSync(a);
    case 'unlink': return fs.unlinkSync(a);
    case 'symlink': return fs.symlinkSync(a, b);
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
        if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return undefined;
        throw e;
      }
    case 'mkdirp': return fsp.mkdir(a, { recursive: true });
    case 'mkdir': return fsp.mkdir(a, b);
    case 'readdir': return fsp.readdir(a);
    case 'readlink': return fsp.readlink(a);
    case 'unlink': return fsp.unlink(a);
    case 'symlink': return fsp.symlink(a, b);
    case 'copyFile': return fsp.copyFile(a, b, c);
    case 'utimes': return fsp.utimes(a, b, c);
    default: throw new Error(`cp: unknown step ${op}`);
  }
}

function cpSync(src, dest, options) {
  const opts = cpOptions(options);
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

async function cpAsync(src, dest, options) {
  const opts = cpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
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
  cpAsync(src, dest, options).then(() => callback(null), callback);
}

module.exports = { cp, cpSync, cpAsync };
