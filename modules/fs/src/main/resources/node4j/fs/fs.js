'use strict';
// Node's `fs`: the synchronous and callback faces. Arguments are shuffled and validated here;
// the Java binding does the I/O (a trailing callback runs it on the loop's pool, none runs it
// now and throws). `fs.promises` lives in fs/promises.
const u = require('internal/fs/utils');
const {
  binding, constants, errors, getValidatedPath, getValidatedFd, stringToFlags, parseFileMode, getOptions,
  makeCallback, makeStats, makeStatFs, toUnixTimestamp, toPosition, fileResult, javaEncoding,
  bufferFromJava, copyFromJava, allocBuffer, toBytes, encodeResult, abortError, done, validateAccessMode,
} = u;
const {
  readdir, readdirSync, mkdir, mkdirSync, mkdtemp, mkdtempSync, rm, rmSync, rmdir, rmdirSync, unlink,
  unlinkSync, rename, renameSync, copyFile, copyFileSync, link, linkSync, symlink, symlinkSync, readlink,
  readlinkSync, realpath, realpathSync,
} = require('internal/fs/dirs');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } = errors.codes;
const {
  validateFunction, validateInteger, validateInt32, validateObject,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const { nextTick } = require('internal/core');
const { F_OK, O_WRONLY, O_CREAT, O_TRUNC, O_APPEND } = constants;

const kIoMaxLength = 2 ** 31 - 1;

function nextTickErr(cb, err) { nextTick(cb, err); }

// ---- argument checks ------------------------------------------------------------------------
function isArrayBufferView(v) { return ArrayBuffer.isView(v); }
function validateBuffer(buffer, name = 'buffer') {
  if (!isArrayBufferView(buffer)) throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
}
function validateData(data, name = 'data') {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
}
function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
}
function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}
const kMaxUserId = 2 ** 32 - 1;
function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}
function id32(v) { return v === -1 || v > 2147483647 ? (v === -1 ? -1 : v | 0) : v; }

// ---- open, close, read, write -------------------------------------------------------------
function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  return binding.open(path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666), undefined);
}
function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) { callback = flags; flags = 'r'; mode = 0o666; }
  else if (typeof mode === 'function') { callback = mode; mode = 0o666; }
  const f = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  callback = makeCallback(callback);
  binding.open(path, f, mode, done(callback, (fd) => fd));
}

function closeSync(fd) { binding.close(getValidatedFd(fd), undefined); }
function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, done(callback));
}
function defaultCloseCallback(err) { if (err != null) throw err; }

/** Resolves (buffer, offset, length, position) for the read family; returns null when length is 0. */
function readArgs(buffer, offsetOrOptions, length, position, useOptions) {
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (useOptions) {
    if (offsetOrOptions != null) validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return null;
  if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  return { offset, length, position: toPosition(position) };
}

let scratch;
function scratchView() { return (scratch ??= new Uint8Array(new ArrayBuffer(binding.scratch()))); }

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  const a = readArgs(buffer, offsetOrOptions, length, position,
    arguments.length <= 3 || typeof offsetOrOptions === 'object');
  if (a === null) return 0;
  if (a.length <= scratchView().length) {
    const n = binding.readScratch(fd, a.length, a.position);
    new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(scratchView().subarray(0, n), a.offset);
    return n;
  }
  return copyFromJava(binding.read(fd, a.length, a.position, undefined), buffer, a.offset);
}
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let params;
  let useOptions = false;
  if (arguments.length <= 4) {
    useOptions = true;
    if (arguments.length === 4) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = allocBuffer(16384) } = params ?? {});
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = allocBuffer(16384);
    }
    offsetOrOptions = params;
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  const a = readArgs(buffer, offsetOrOptions, length, position, useOptions);
  if (a === null) { nextTick(callback, null, 0, buffer); return; }
  binding.read(fd, a.length, a.position, (err, bb) => {
    if (err) callback(err);
    else callback(null, copyFromJava(bb, buffer, a.offset), buffer);
  });
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  const bb = binding.read(fd, totalLength(buffers), toPosition(position), undefined);
  return scatter(bb, buffers);
}
function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') { callback = position; position = null; }
  callback = makeCallback(callback);
  binding.read(fd, totalLength(buffers), toPosition(position), (err, bb) => {
    if (err) callback(err); else callback(null, scatter(bb, buffers), buffers);
  });
}
function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  for (const b of buffers) {
    if (!isArrayBufferView(b)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  }
}
function totalLength(buffers) { return buffers.reduce((n, b) => n + b.byteLength, 0); }
function scatter(bb, buffers) {
  const all = new Uint8Array(new ArrayBuffer(bb));
  let at = 0;
  for (const b of buffers) {
    if (at >= all.length) break;
    const n = Math.min(b.byteLength, all.length - at);
    new Uint8Array(b.buffer, b.byteOffset, n).set(all.subarray(at, at + n));
    at += n;
  }
  return all.length;
}
function gather(buffers) {
  const out = new Uint8Array(totalLength(buffers));
  let at = 0;
  for (const b of buffers) {
    out.set(new Uint8Array(b.buffer, b.byteOffset, b.byteLength), at);
    at += b.byteLength;
  }
  return out;
}

/** Normalizes write's two forms; returns a thunk-friendly { bytes?, string?, position }. */
function writeArgs(buffer, offsetOrOptions, length, position) {
  if (isArrayBufferView(buffer)) {
    let offset = offsetOrOptions;
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return { ab: buffer.buffer, off: buffer.byteOffset + offset, len: length, position: toPosition(position) };
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  // (string, position, encoding)
  const pos = typeof offsetOrOptions === 'number' || typeof offsetOrOptions === 'bigint' ? offsetOrOptions : null;
  const encoding = typeof length === 'string' ? length : 'utf8';
  u.assertEncoding(encoding);
  if (encoding === 'utf8' || encoding === 'utf-8') return { string: buffer, position: toPosition(pos) };
  const b = toBytes(buffer, encoding);
  return { ab: b.buffer, off: b.byteOffset, len: b.byteLength, position: toPosition(pos) };
}
function doWrite(fd, a, cb) {
  if (a.string !== undefined) return binding.writeString(fd, a.string, a.position, cb);
  return binding.write(fd, a.ab, a.off, a.len, a.position, cb);
}
function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  return doWrite(fd, writeArgs(buffer, offsetOrOptions, length, position), undefined);
}
function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  if (isArrayBufferView(buffer)) {
    callback = [offsetOrOptions, length, position, callback].reverse().find((x) => typeof x === 'function');
    const args = Array.prototype.slice.call(arguments, 2).filter((x) => typeof x !== 'function');
    validateFunction(callback, 'cb');
    const a = writeArgs(buffer, ...args);
    doWrite(fd, a, (err, n) => (err ? callback(err) : callback(null, n, buffer)));
    return;
  }
  if (typeof buffer !== 'string') writeArgs(buffer);   // throws the type error
  let pos = offsetOrOptions;
  let enc = length;
  if (typeof pos === 'function') { callback = pos; pos = null; enc = 'utf8'; }
  else if (typeof enc === 'function') { callback = enc; enc = 'utf8'; }
  else if (typeof position === 'function') { callback = position; }
  validateFunction(callback, 'cb');
  const a = writeArgs(buffer, pos, enc);
  doWrite(fd, a, (err, n) => (err ? callback(err) : callback(null, n, buffer)));
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  const all = gather(buffers);
  if (all.length === 0) return 0;
  return binding.write(fd, all.buffer, 0, all.length, toPosition(position), undefined);
}
function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') { callback = position; position = null; }
  callback = makeCallback(callback);
  const all = gather(buffers);
  binding.write(fd, all.buffer, 0, all.length, toPosition(position),
    (err, n) => (err ? callback(err) : callback(null, n, buffers)));
}

function fsyncSync(fd) { binding.fsync(getValidatedFd(fd), false, undefined); }
function fsync(fd, cb) { fd = getValidatedFd(fd); binding.fsync(fd, false, done(makeCallback(cb))); }
function fdatasyncSync(fd) { binding.fsync(getValidatedFd(fd), true, undefined); }
function fdatasync(fd, cb) { fd = getValidatedFd(fd); binding.fsync(fd, true, done(makeCallback(cb))); }

function truncLen(len) {
  if (len === undefined) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}
function ftruncateSync(fd, len = 0) { fd = getValidatedFd(fd); binding.ftruncate(fd, truncLen(len), undefined); }
function ftruncate(fd, len = 0, cb) {
  if (typeof len === 'function') { cb = len; len = 0; }
  fd = getValidatedFd(fd);
  len = truncLen(len);
  binding.ftruncate(fd, len, done(makeCallback(cb)));
}
function truncateSync(path, len) {
  if (typeof path === 'number') return ftruncateSync(path, len);
  path = getValidatedPath(path);
  binding.truncate(path, truncLen(len), undefined);
}
function truncate(path, len, cb) {
  if (typeof path === 'number') return ftruncate(path, len, cb);
  if (typeof len === 'function') { cb = len; len = 0; }
  path = getValidatedPath(path);
  len = truncLen(len);
  binding.truncate(path, len, done(makeCallback(cb)));
}

// ---- whole files ----------------------------------------------------------------------------
function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const enc = options.encoding;
  const r = typeof path === 'number'
    ? binding.readFileFd(getValidatedFd(path), javaEncoding(enc), undefined)
    : binding.readFile(getValidatedPath(path), stringToFlags(options.flag), javaEncoding(enc), undefined);
  return fileResult(r, enc);
}
function readFile(path, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const enc = options.encoding;
  const isFd = typeof path === 'number';
  const p = isFd ? getValidatedFd(path) : getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  const signal = options.signal;
  if (signal?.aborted) { nextTickErr(callback, abortError(signal)); return; }
  const cb = (err, r) => {
    if (signal?.aborted) callback(abortError(signal));
    else if (err) callback(err);
    else callback(null, fileResult(r, enc));
  };
  if (isFd) binding.readFileFd(p, javaEncoding(enc), cb);
  else binding.readFile(p, flags, javaEncoding(enc), cb);
}

/** (path|fd, data, options, defaultFlag) -> a function running the write with a callback (or sync). */
function prepareWriteFile(path, data, options, defaultFlag) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
  validateData(data);
  const flags = stringToFlags(options.flag);
  const enc = options.encoding;
  const utf8String = typeof data === 'string' && (!enc || enc === 'utf8' || enc === 'utf-8');
  const bytes = utf8String ? null : toBytes(data, enc);
  if (typeof path === 'number') {
    const fd = getValidatedFd(path);
    return { options, run: (cb) => (utf8String
      ? binding.writeString(fd, data, -1, cb)
      : binding.write(fd, bytes.buffer, bytes.byteOffset, bytes.byteLength, -1, cb)) };
  }
  path = getValidatedPath(path);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  return { options, run: (cb) => (utf8String
    ? binding.writeFileString(path, flags, mode, data, cb)
    : binding.writeFile(path, flags, mode, bytes.buffer, bytes.byteOffset, bytes.byteLength, cb)) };
}
function writeFileSync(path, data, options) {
  prepareWriteFile(path, data, options, 'w').run(undefined);
}
function writeFile(path, data, options, callback) {
  callback = makeCallback(callback || options);
  const w = prepareWriteFile(path, data, typeof options === 'function' ? undefined : options, 'w');
  const signal = w.options.signal;
  if (signal?.aborted) { nextTickErr(callback, abortError(signal)); return; }
  // An abort while the write runs is reported as an abort (Node checks between chunks).
  w.run((err) => (signal?.aborted ? callback(abortError(signal)) : callback(err || null)));
}
function appendFileSync(path, data, options) {
  prepareWriteFile(path, data, options, 'a').run(undefined);
}
function appendFile(path, data, options, callback) {
  callback = makeCallback(callback || options);
  prepareWriteFile(path, data, typeof options === 'function' ? undefined : options, 'a').run(done(callback));
}

// ---- metadata -------------------------------------------------------------------------------
function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  return makeStats(binding.stat(path, true, options.throwIfNoEntry !== false, undefined), options.bigint);
}
function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  return makeStats(binding.stat(path, false, options.throwIfNoEntry !== false, undefined), options.bigint);
}
function fstatSync(fd, options = { bigint: false }) {
  return makeStats(binding.fstat(getValidatedFd(fd), undefined), options.bigint);
}
function statLike(follow) {
  return function stat(path, options = { bigint: false }, callback) {
    if (typeof options === 'function') { callback = options; options = {}; }
    callback = makeCallback(callback);
    path = getValidatedPath(path);
    binding.stat(path, follow, true, done(callback, (r) => makeStats(r, options.bigint)));
  };
}
const stat = statLike(true);
const lstat = statLike(false);
Object.defineProperty(lstat, 'name', { value: 'lstat' });
function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  binding.fstat(fd, done(callback, (r) => makeStats(r, options.bigint)));
}
function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return makeStatFs(binding.statfs(path, undefined), options.bigint);
}
function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.statfs(path, done(callback, (r) => makeStatFs(r, options.bigint)));
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  binding.access(path, validateAccessMode(mode, 0, 7, F_OK), undefined);
}
function access(path, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = F_OK; }
  path = getValidatedPath(path);
  mode = validateAccessMode(mode, 0, 7, F_OK);
  callback = makeCallback(callback);
  binding.access(path, mode, done(callback));
}
function existsSync(path) {
  try { path = getValidatedPath(path); } catch { return false; }
  return binding.exists(path);
}
function exists(path, callback) {
  validateFunction(callback, 'cb');
  let p;
  try { p = getValidatedPath(path); } catch { nextTick(callback, false); return; }
  binding.access(p, F_OK, (err) => callback(!err));
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: (path) => new Promise((resolve) => exists(path, resolve)),
});

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  binding.chmod(path, parseFileMode(mode, 'mode'), true, undefined);
}
function chmod(path, mode, cb) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  binding.chmod(path, mode, true, done(makeCallback(cb)));
}
function fchmodSync(fd, mode) { binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'), undefined); }
function fchmod(fd, mode, cb) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  binding.fchmod(fd, mode, done(makeCallback(cb)));
}
function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, id32(uid), id32(gid), true, undefined);
}
function chown(path, uid, gid, cb) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, id32(uid), id32(gid), true, done(makeCallback(cb)));
}
function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, id32(uid), id32(gid), false, undefined);
}
function lchown(path, uid, gid, cb) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, id32(uid), id32(gid), false, done(makeCallback(cb)));
}
function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, id32(uid), id32(gid), undefined);
}
function fchown(fd, uid, gid, cb) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, id32(uid), id32(gid), done(makeCallback(cb)));
}
function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), true, undefined);
}
function utimes(path, atime, mtime, cb) {
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), true, done(makeCallback(cb)));
}
function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), false, undefined);
}
function lutimes(path, atime, mtime, cb) {
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), false, done(makeCallback(cb)));
}
function futimesSync(fd, atime, mtime) {
  binding.futimes(getValidatedFd(fd), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), undefined);
}
function futimes(fd, atime, mtime, cb) {
  fd = getValidatedFd(fd);
  binding.futimes(fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), done(makeCallback(cb)));
}

// ---- exports --------------------------------------------------------------------------------
const lazy = (id) => { let m; return () => (m ??= require(id)); };
const dirModule = lazy('internal/fs/dir');
const cpModule = lazy('internal/fs/cp');
const watchModule = lazy('internal/fs/watch');
const mkdtempModule = lazy('internal/fs/mkdtemp');
const globModule = lazy('internal/fs/glob');
const blobModule = lazy('internal/fs/blob');

module.exports = {
  appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync, close, closeSync,
  copyFile, copyFileSync,
  cp(src, dest, options, cb) { return cpModule().cp(src, dest, options, cb); },
  cpSync(src, dest, options) { return cpModule().cpSync(src, dest, options); },
  exists, existsSync,
  glob(pattern, options, callback) { return globModule().glob(pattern, options, callback); },
  globSync(pattern, options) { return globModule().globSync(pattern, options); },
  fchown, fchownSync, fchmod, fchmodSync, fdatasync, fdatasyncSync,
  fstat, fstatSync, fsync, fsyncSync, ftruncate, ftruncateSync, futimes, futimesSync,
  lchown, lchownSync, lchmod: undefined, lchmodSync: undefined, link, linkSync, lstat, lstatSync,
  lutimes, lutimesSync, mkdir, mkdirSync, mkdtemp, mkdtempSync, open, openSync, readdir, readdirSync,
  read, readSync, readv, readvSync, readFile, readFileSync, readlink, readlinkSync, realpath, realpathSync,
  rename, renameSync, rm, rmSync, rmdir, rmdirSync, stat, statfs, statSync, statfsSync, symlink, symlinkSync,
  truncate, truncateSync,
  unwatchFile(filename, listener) { return watchModule().unwatchFile(filename, listener); },
  unlink, unlinkSync, utimes, utimesSync,
  watch(filename, options, listener) { return watchModule().watch(filename, options, listener); },
  watchFile(filename, options, listener) { return watchModule().watchFile(filename, options, listener); },
  mkdtempDisposableSync(prefix, options) { return mkdtempModule().mkdtempDisposableSync(prefix, options); },
  writeFile, writeFileSync, write, writeSync, writev, writevSync,
  Dirent: u.Dirent, Stats: u.Stats,
  _toUnixTimestamp: toUnixTimestamp,
  opendir(path, options, cb) { return dirModule().opendir(path, options, cb); },
  opendirSync(path, options) { return dirModule().opendirSync(path, options); },
  openAsBlob(path, options = undefined) { return blobModule().openAsBlob(path, options); },
  constants,
  F_OK: constants.F_OK, R_OK: constants.R_OK, W_OK: constants.W_OK, X_OK: constants.X_OK,
};
for (const name of ['cp', 'cpSync', 'glob', 'globSync', 'openAsBlob', 'unwatchFile', 'watch', 'watchFile',
  'opendir', 'opendirSync', 'mkdtempDisposableSync']) {
  Object.defineProperty(module.exports[name], 'name', { value: name });
}
Object.defineProperty(module.exports, 'Dir', {
  enumerable: true, configurable: true,
  get() { return dirModule().Dir; },
});
// Streams come from the stream module (internal/fs/streams, built on this module's fd calls).
if (require('internal/core').binding.isBuiltin('internal/fs/streams')) {
  // For ReadStream while fs.read is this one: a read into a new Buffer over Java's memory,
  // which spares copying each chunk into the stream's own buffer.
  Object.defineProperty(module.exports, Symbol.for('node4j.fs.readNew'), {
    value: { read, readNew(fd, length, position, callback) {
      binding.read(fd, length, toPosition(position), (err, bb) => {
        if (err) callback(err); else callback(null, bufferFromJava(bb));
      });
    } },
  });
  const streams = () => require('internal/fs/streams');
  module.exports.createReadStream = function createReadStream(path, options) {
    return streams().createReadStream(path, options);
  };
  module.exports.createWriteStream = function createWriteStream(path, options) {
    return streams().createWriteStream(path, options);
  };
  for (const [name, cls] of [['ReadStream', 'ReadStream'], ['WriteStream', 'WriteStream'],
    ['FileReadStream', 'ReadStream'], ['FileWriteStream', 'WriteStream']]) {
    Object.defineProperty(module.exports, name, {
      enumerable: !name.startsWith('File'), configurable: true,
      get() { return streams()[cls]; },
      set(v) { Object.defineProperty(module.exports, name, { value: v, writable: true, configurable: true }); },
    });
  }
}
Object.defineProperty(module.exports, 'promises', {
  enumerable: true, configurable: true,
  get() { return require('fs/promises'); },
});
Object.defineProperties(module.exports, {
  F_OK: { enumerable: false }, R_OK: { enumerable: false }, W_OK: { enumerable: false }, X_OK: { enumerable: false },
});
