'use strict';
// fs's directory and link calls (sync and callback faces): readdir, mkdir, mkdtemp, rm, rmdir,
// unlink, rename, copyFile, link, symlink, readlink, realpath. fs.js re-exports them.
const {
  binding, errors, getValidatedPath, parseFileMode, getOptions, makeCallback, makeReaddirResult,
  decodeString, done, validateCopyMode,
} = require('internal/fs/utils');
const { ERR_INVALID_ARG_VALUE } = errors.codes;
const { validateBoolean, validateInt32, validateObject } = require('internal/validators');

function readdirOptions(options) {
  options = getOptions(options);
  return { encoding: options.encoding, withFileTypes: !!options.withFileTypes, recursive: !!options.recursive };
}
function readdirSync(path, options) {
  options = readdirOptions(options);
  path = getValidatedPath(path);
  return makeReaddirResult(binding.readdir(path, options.withFileTypes, options.recursive, undefined), path, options);
}
function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = readdirOptions(typeof options === 'function' ? undefined : options);
  path = getValidatedPath(path);
  binding.readdir(path, options.withFileTypes, options.recursive,
    done(callback, (r) => makeReaddirResult(r, path, options)));
}

function mkdirArgs(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = options;
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = options.mode;
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode: parseFileMode(mode, 'mode'), recursive };
}
function mkdirSync(path, options) {
  path = getValidatedPath(path);
  const { mode, recursive } = mkdirArgs(options);
  const first = binding.mkdir(path, mode, recursive, undefined);
  return first == null ? undefined : first;
}
function mkdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const { mode, recursive } = mkdirArgs(options);
  binding.mkdir(path, mode, recursive, (err, first) => {
    if (err) callback(err);
    else if (recursive) callback(null, first == null ? undefined : first);
    else callback(null);
  });
}
function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return encodeName(binding.mkdtemp(prefix, undefined), options.encoding);
}
function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(typeof options === 'function' ? undefined : options);
  prefix = getValidatedPath(prefix, 'prefix');
  binding.mkdtemp(prefix, done(callback, (p) => encodeName(p, options.encoding)));
}
function encodeName(s, encoding) {
  return !encoding || encoding === 'utf8' || encoding === 'utf-8' ? s : decodeString(s, encoding);
}

function rmArgs(options) {
  if (options === undefined) return { recursive: false, force: false };
  validateObject(options, 'options');
  const { recursive = false, force = false, maxRetries = 0, retryDelay = 100 } = options;
  validateBoolean(recursive, 'options.recursive');
  validateBoolean(force, 'options.force');
  validateInt32(maxRetries, 'options.maxRetries', 0);
  validateInt32(retryDelay, 'options.retryDelay', 0);
  return { recursive, force };
}
function rmSync(path, options) {
  path = getValidatedPath(path);
  const o = rmArgs(options);
  binding.rm(path, o.recursive, o.force, undefined);
}
function rm(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const o = rmArgs(options);
  binding.rm(path, o.recursive, o.force, done(callback));
}
function rmdirArgs(options) {
  if (options?.recursive !== undefined) {
    throw new ERR_INVALID_ARG_VALUE('options.recursive', options.recursive, 'is no longer supported');
  }
}
function rmdirSync(path, options) {
  path = getValidatedPath(path);
  rmdirArgs(options);
  binding.rmdir(path, undefined);
}
function rmdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  rmdirArgs(options);
  binding.rmdir(path, done(callback));
}
function unlinkSync(path) { binding.unlink(getValidatedPath(path), undefined); }
function unlink(path, cb) { path = getValidatedPath(path); binding.unlink(path, done(makeCallback(cb))); }
function renameSync(oldPath, newPath) {
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'), undefined);
}
function rename(oldPath, newPath, cb) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, done(makeCallback(cb)));
}
function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  binding.copyFile(src, dest, validateCopyMode(mode), undefined);
}
function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = 0; }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = validateCopyMode(mode);
  binding.copyFile(src, dest, mode, done(makeCallback(callback)));
}
function linkSync(existingPath, newPath) {
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'), undefined);
}
function link(existingPath, newPath, cb) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, done(makeCallback(cb)));
}
function validateSymlinkType(type) {
  if (type != null && !['dir', 'file', 'junction'].includes(type)) {
    throw new ERR_INVALID_ARG_VALUE('type', type, "must be one of: 'dir', 'file', 'junction', null, undefined");
  }
}
function symlinkSync(target, path, type) {
  validateSymlinkType(type);
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path), undefined);
}
function symlink(target, path, type, callback) {
  if (typeof type === 'function') { callback = type; type = undefined; }
  validateSymlinkType(type);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, done(makeCallback(callback)));
}
function readlinkSync(path, options) {
  options = getOptions(options);
  return encodeName(binding.readlink(getValidatedPath(path, 'oldPath'), undefined), options.encoding);
}
function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(typeof options === 'function' ? undefined : options);
  path = getValidatedPath(path, 'oldPath');
  binding.readlink(path, done(callback, (s) => encodeName(s, options.encoding)));
}
function realpathSync(path, options) {
  options = getOptions(options);
  return encodeName(binding.realpath(getValidatedPath(path), undefined), options.encoding);
}
function realpath(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(typeof options === 'function' ? undefined : options);
  path = getValidatedPath(path);
  binding.realpath(path, done(callback, (s) => encodeName(s, options.encoding)));
}
// The .native forms go through fs's exports, so patching fs.realpath(Sync) reaches them too.
realpathSync.native = function realpathSync(path, options) { return require('fs').realpathSync(path, options); };
realpath.native = function realpath(path, options, callback) { return require('fs').realpath(path, options, callback); };

module.exports = {
  readdir, readdirSync, mkdir, mkdirSync, mkdtemp, mkdtempSync, rm, rmSync, rmdir, rmdirSync, unlink,
  unlinkSync, rename, renameSync, copyFile, copyFileSync, link, linkSync, symlink, symlinkSync, readlink,
  readlinkSync, realpath, realpathSync,
};
