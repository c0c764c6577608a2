'use strict';
// Node's `fs/promises` (also `fs.promises`): the callback face wrapped in promises, plus
// FileHandle. Every function is async, so bad arguments reject instead of throwing.
const fs = require('fs');
const EventEmitter = require('events');
const u = require('internal/fs/utils');
const {
  binding, constants, errors, getValidatedPath, getValidatedFd, stringToFlags, parseFileMode, getOptions,
  makeStats, fileResult, javaEncoding, copyFromJava, allocBuffer, toBytes, abortError, toPosition,
  toUnixTimestamp, done,
} = u;
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = errors.codes;
const {
  validateObject, validateInteger, validateBoolean, kValidateObjectAllowNullable,
} = require('internal/validators');

/** Runs `start(cb)` and settles with the node-style callback's outcome. */
function call(start) {
  let fromBinding = false;
  const settled = new Promise((resolve, reject) => start((err, r) => {
    if (err) { fromBinding = true; reject(err); } else resolve(r);
  }));
  return settled.then(undefined, function handleErrorFromBinding(err) {
    // An I/O error is made on the loop with no JS stack; taking the stack again here, inside
    // the promise reaction, records the awaiting async callers (as Node does).
    if (fromBinding && err instanceof Error && !String(err.code).startsWith('ERR_')) {
      Error.captureStackTrace(err, handleErrorFromBinding);
    }
    throw err;
  });
}
/** Promise form of a callback-API function whose callback gets (err, value). */
function wrap(fn) {
  const f = async function(...args) { return call((cb) => fn(...args, cb)); };
  Object.defineProperty(f, 'name', { value: fn.name });
  return f;
}

// ---- FileHandle -----------------------------------------------------------------------------
const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosePromise] = null;
  }

  get fd() { return this[kFd]; }

  getAsyncId() { return this[kFd]; }

  close() {
    if (this[kClosePromise]) return this[kClosePromise];
    if (this[kFd] === -1) return Promise.resolve();
    const fd = this[kFd];
    // As in Node, the handle is unusable and 'close' is emitted at once (streams over the
    // handle close with it); the promise settles when the descriptor is closed.
    this[kFd] = -1;
    this[kClosePromise] = call((cb) => binding.close(fd, cb)).then(() => {
      this[kClosePromise] = null;
    }, (err) => {
      this[kFd] = fd;
      this[kClosePromise] = null;
      throw err;
    });
    this.emit('close');
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() { return this.close(); }

  async read(buffer, offset, length, position) {
    let opts = null;
    if (buffer == null || (!ArrayBuffer.isView(buffer) && typeof buffer === 'object')) {
      opts = buffer ?? {};
      validateObject(opts, 'options', kValidateObjectAllowNullable);
      ({ buffer = allocBuffer(16384) } = opts);
    } else if (offset !== null && typeof offset === 'object') {
      opts = offset;
    }
    if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
    if (opts) ({ offset = 0, length = buffer.byteLength - (opts.offset ?? 0), position = null } = opts);
    if (offset == null) offset = 0; else validateInteger(offset, 'offset', 0);
    if (length == null) length = buffer.byteLength - offset;
    length |= 0;
    if (length === 0) return { bytesRead: 0, buffer };
    if (offset + length > buffer.byteLength) {
      throw new errors.codes.ERR_OUT_OF_RANGE('length', `<= ${buffer.byteLength - offset}`, length);
    }
    const bb = await call((cb) => binding.read(this[kFd], length, toPosition(position), cb));
    return { bytesRead: copyFromJava(bb, buffer, offset), buffer };
  }

  async readv(buffers, position) {
    return call((cb) => fs.readv(this[kFd] === -1 ? 2 ** 31 - 1 : this[kFd], buffers, position,
      (err, bytesRead) => cb(err, { bytesRead, buffers })));
  }

  async write(buffer, offsetOrOptions, length, position) {
    if (ArrayBuffer.isView(buffer)) {
      let offset = offsetOrOptions;
      if (offset !== null && typeof offset === 'object') {
        ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
      }
      if (offset == null) offset = 0;
      if (length == null) length = buffer.byteLength - offset;
      return call((cb) => binding.write(this[kFd], buffer.buffer, buffer.byteOffset + offset, length,
        toPosition(position), cb)).then((bytesWritten) => ({ bytesWritten, buffer }));
    }
    if (typeof buffer !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const encoding = typeof length === 'string' ? length : 'utf8';
    const bytes = toBytes(buffer, encoding);
    return call((cb) => binding.write(this[kFd], bytes.buffer, bytes.byteOffset, bytes.byteLength,
      toPosition(offsetOrOptions), cb)).then((bytesWritten) => ({ bytesWritten, buffer }));
  }

  async writev(buffers, position) {
    return call((cb) => fs.writev(this[kFd] === -1 ? 2 ** 31 - 1 : this[kFd], buffers, position,
      (err, bytesWritten) => cb(err, { bytesWritten, buffers })));
  }

  async readFile(options) {
    options = getOptions(options);
    if (options.signal?.aborted) throw abortError(options.signal);
    const r = await call((cb) => binding.readFileFd(this[kFd], javaEncoding(options.encoding), cb));
    return fileResult(r, options.encoding);
  }

  async writeFile(data, options) {
    options = getOptions(options, { encoding: 'utf8' });
    return writeAll(this, data, options);
  }

  async appendFile(data, options) {
    return this.writeFile(data, options);
  }

  async stat(options = { bigint: false }) {
    const a = await call((cb) => binding.fstat(this[kFd], cb));
    return makeStats(a, options.bigint);
  }

  async truncate(len = 0) {
    validateInteger(len, 'len');
    return call((cb) => binding.ftruncate(this[kFd], Math.max(0, len), done(cb)));
  }

  async sync() { return call((cb) => binding.fsync(this[kFd], false, done(cb))); }

  async datasync() { return call((cb) => binding.fsync(this[kFd], true, done(cb))); }

  async chmod(mode) {
    mode = parseFileMode(mode, 'mode');
    return call((cb) => binding.fchmod(this[kFd], mode, done(cb)));
  }

  async chown(uid, gid) {
    validateInteger(uid, 'uid', -1, 2 ** 32 - 1);
    validateInteger(gid, 'gid', -1, 2 ** 32 - 1);
    return call((cb) => binding.fchown(this[kFd], uid | 0, gid | 0, done(cb)));
  }

  async utimes(atime, mtime) {
    return call((cb) => binding.futimes(this[kFd], toUnixTimestamp(atime, 'atime'),
      toUnixTimestamp(mtime, 'mtime'), done(cb)));
  }

  readLines(options = undefined) {
    return require('readline').createInterface({
      input: this.createReadStream(options), crlfDelay: Infinity,
    });
  }
}

if (require('internal/core').binding.isBuiltin('internal/fs/streams')) {
  FileHandle.prototype.createReadStream = function createReadStream(options = undefined) {
    return require('internal/fs/streams').createReadStream(undefined, { ...options, fd: this });
  };
  FileHandle.prototype.createWriteStream = function createWriteStream(options = undefined) {
    return require('internal/fs/streams').createWriteStream(undefined, { ...options, fd: this });
  };
  FileHandle.prototype.readableWebStream = function readableWebStream(options = undefined) {
    return readableWebStreamOf(this, options);
  };
}

const kLocked = Symbol('kLocked');
/** A byte ReadableStream over the handle (Node 25: always 'bytes', 16 KiB reads). */
function readableWebStreamOf(handle, options = {}) {
  const { ERR_INVALID_STATE } = errors.codes;
  if (handle[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
  if (handle[kClosePromise]) throw new ERR_INVALID_STATE('The FileHandle is closing');
  if (handle[kLocked]) throw new ERR_INVALID_STATE('The FileHandle is locked');
  handle[kLocked] = true;
  validateObject(options, 'options');
  const { type = 'bytes', autoClose = false } = options;
  validateBoolean(autoClose, 'options.autoClose');
  if (type !== 'bytes') {
    // Node's wording, typo included.
    process.emitWarning('A non-"bytes" options.type has no effect. A byte-oriented steam is always created.',
      'ExperimentalWarning');
  }
  const ondone = async () => { if (autoClose) await handle.close(); };
  const { ReadableStream, readableStreamCancel } = require('internal/webstreams/readable');
  const { kState } = require('internal/webstreams/util');
  const readable = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 16384,
    async pull(controller) {
      const view = controller.byobRequest.view;
      const { bytesRead } = await handle.read(view, view.byteOffset, view.byteLength);
      if (bytesRead === 0) {
        controller.close();
        await ondone();
      }
      controller.byobRequest.respond(bytesRead);
    },
    async cancel() { await ondone(); },
  });
  handle.once('close', () => { readableStreamCancel(readable[kState]); });
  return readable;
}

/** Writes `data` (string, bytes, iterable or async iterable of them) at the handle's position. */
async function writeAll(handle, data, options) {
  const encoding = options.encoding || 'utf8';
  const writeChunk = async (chunk) => {
    if (options.signal?.aborted) throw abortError(options.signal);
    const bytes = toBytes(chunk, encoding);
    if (bytes.byteLength === 0) return;
    await call((cb) => binding.write(handle.fd, bytes.buffer, bytes.byteOffset, bytes.byteLength, -1, cb));
  };
  if (typeof data === 'string' || ArrayBuffer.isView(data)) {
    await writeChunk(data);
    return;
  }
  if (data != null && typeof data === 'object' &&
      (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function')) {
    for await (const chunk of data) {
      if (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk)) {
        throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
      await writeChunk(chunk);
    }
    return;
  }
  throw new ERR_INVALID_ARG_TYPE('data',
    ['string', 'Buffer', 'TypedArray', 'DataView', 'AsyncIterable', 'Iterable', 'Stream'], data);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const f = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  const fd = await call((cb) => binding.open(path, f, mode, cb));
  return new FileHandle(fd);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (options.signal?.aborted) throw abortError(options.signal);
  if (path instanceof FileHandle) return path.readFile(options);
  const enc = options.encoding;
  let r;
  if (typeof path === 'number') {
    const fd = getValidatedFd(path);
    r = await call((cb) => binding.readFileFd(fd, javaEncoding(enc), cb));
  } else {
    const p = getValidatedPath(path);
    const flags = stringToFlags(options.flag);
    r = await call((cb) => binding.readFile(p, flags, javaEncoding(enc), cb));
  }
  if (options.signal?.aborted) throw abortError(options.signal);
  return fileResult(r, enc);
}

async function writeFileWith(path, data, options, defaultFlag) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
  if (options.signal?.aborted) throw abortError(options.signal);
  if (path instanceof FileHandle) return writeAll(path, data, options);
  if (typeof data === 'string' || ArrayBuffer.isView(data)) {
    return call((cb) => (typeof path === 'number'
      ? fs.writeFile(path, data, options, cb)
      : (defaultFlag === 'a' ? fs.appendFile : fs.writeFile)(path, data, options, cb)));
  }
  if (data == null || typeof data !== 'object' ||
      (typeof data[Symbol.asyncIterator] !== 'function' && typeof data[Symbol.iterator] !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('data',
      ['string', 'Buffer', 'TypedArray', 'DataView', 'AsyncIterable', 'Iterable', 'Stream'], data);
  }
  const fh = typeof path === 'number' ? new FileHandle(getValidatedFd(path))
    : await open(path, options.flag, options.mode);
  try {
    await writeAll(fh, data, options);
  } finally {
    if (typeof path !== 'number') await fh.close();
  }
}
async function writeFile(path, data, options) { return writeFileWith(path, data, options, 'w'); }
async function appendFile(path, data, options) { return writeFileWith(path, data, options, 'a'); }

async function access(path, mode) { return call((cb) => fs.access(path, mode, cb)); }
async function stat(path, options = { bigint: false }) { return call((cb) => fs.stat(path, options, cb)); }
async function lstat(path, options = { bigint: false }) { return call((cb) => fs.lstat(path, options, cb)); }
async function statfs(path, options = { bigint: false }) { return call((cb) => fs.statfs(path, options, cb)); }
async function mkdir(path, options) { return call((cb) => fs.mkdir(path, options, cb)); }
async function readdir(path, options) { return call((cb) => fs.readdir(path, options, cb)); }
async function rm(path, options) { return call((cb) => fs.rm(path, options, cb)); }
async function rmdir(path, options) { return call((cb) => fs.rmdir(path, options, cb)); }
async function truncate(path, len = 0) { return call((cb) => fs.truncate(path, len, cb)); }
async function utimes(path, atime, mtime) { return call((cb) => fs.utimes(path, atime, mtime, cb)); }
async function lutimes(path, atime, mtime) { return call((cb) => fs.lutimes(path, atime, mtime, cb)); }
async function chown(path, uid, gid) { return call((cb) => fs.chown(path, uid, gid, cb)); }
async function lchown(path, uid, gid) { return call((cb) => fs.lchown(path, uid, gid, cb)); }
async function symlink(target, path, type) { return call((cb) => fs.symlink(target, path, type, cb)); }
async function copyFile(src, dest, mode) { return call((cb) => fs.copyFile(src, dest, mode, cb)); }
async function readlink(path, options) { return call((cb) => fs.readlink(path, options, cb)); }
async function realpath(path, options) { return call((cb) => fs.realpath(path, options, cb)); }
async function mkdtemp(prefix, options) { return call((cb) => fs.mkdtemp(prefix, options, cb)); }
async function opendir(path, options) { return call((cb) => fs.opendir(path, options, cb)); }
async function cp(src, dest, options) { return require('internal/fs/cp').cpAsync(src, dest, options); }
function glob(pattern, options) { return require('internal/fs/glob').globAsync(pattern, options); }
// No lchmod(2) on Linux: Node rejects before looking at the arguments.
async function lchmod(path, mode) { throw new errors.codes.ERR_METHOD_NOT_IMPLEMENTED('lchmod()'); }

module.exports = {
  access, copyFile, cp, glob, open, opendir, rename: wrap(fs.rename), truncate, rm, rmdir, mkdir, readdir,
  readlink, symlink, lstat, stat, statfs, link: wrap(fs.link), unlink: wrap(fs.unlink),
  chmod: wrap(fs.chmod), lchmod, lchown, chown, utimes, lutimes, realpath, mkdtemp,
  writeFile, appendFile, readFile,
  mkdtempDisposable(prefix, options) { return require('internal/fs/mkdtemp').mkdtempDisposable(prefix, options); },
  watch(filename, options) { return require('internal/fs/watch').watchAsync(filename, options); },
  constants,
};
Object.defineProperty(module.exports, 'FileHandle', { value: FileHandle, enumerable: false });
