'use strict';
// What every fs face shares: argument checks with Node's errors, paths (string, Buffer, file:
// URL), flags and modes, Stats/Dirent, constants, and the bytes <-> Buffer conversions.
const errors = require('internal/errors');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_URL_SCHEME, ERR_INVALID_FILE_URL_HOST,
  ERR_INVALID_FILE_URL_PATH, ERR_OUT_OF_RANGE,
} = errors.codes;
const { validateFunction, validateInt32, validateUint32, validateObject } = require('internal/validators');
const binding = internalBinding('fs');

const constants = Object.freeze({
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 0o170000, S_IFREG: 0o100000, S_IFDIR: 0o040000, S_IFCHR: 0o020000, S_IFBLK: 0o060000,
  S_IFIFO: 0o010000, S_IFLNK: 0o120000, S_IFSOCK: 0o140000,
  O_CREAT: 0o100, O_EXCL: 0o200, UV_FS_O_FILEMAP: 0, O_NOCTTY: 0o400, O_TRUNC: 0o1000,
  O_APPEND: 0o2000, O_DIRECTORY: 0o200000, O_NOATIME: 0o1000000, O_NOFOLLOW: 0o400000,
  O_SYNC: 0o4010000, O_DSYNC: 0o10000, O_DIRECT: 0o40000, O_NONBLOCK: 0o4000,
  S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100, S_IRWXG: 0o70, S_IRGRP: 0o40,
  S_IWGRP: 0o20, S_IXGRP: 0o10, S_IRWXO: 0o7, S_IROTH: 0o4, S_IWOTH: 0o2, S_IXOTH: 0o1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
});
const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC } = constants;

// ---- bytes ----------------------------------------------------------------------------------
// The one place that turns bytes into a Buffer (a plain Uint8Array until buffer is present).
let BufferClass;
function getBuffer() {
  if (BufferClass === undefined) {
    try { BufferClass = require('buffer').Buffer; } catch { BufferClass = null; }
  }
  return BufferClass;
}
function isBuffer(v) {
  const B = getBuffer();
  return B ? B.isBuffer(v) : v instanceof Uint8Array;
}
/** A Buffer over a Java ByteBuffer's bytes, without a copy (see internal/buffer_java). */
function bufferFromJava(bb) {
  return getBuffer() ? require('internal/buffer_java').bufferFromJava(bb) : new Uint8Array(new ArrayBuffer(bb));
}
/** Copies a Java ByteBuffer into `target` at `offset`; returns the count. */
function copyFromJava(bb, target, offset) {
  const view = new Uint8Array(new ArrayBuffer(bb));
  if (view.length > 0) {
    const dst = new Uint8Array(target.buffer, target.byteOffset, target.byteLength);
    dst.set(view, offset);
  }
  return view.length;
}
function allocBuffer(n) {
  const B = getBuffer();
  return B ? B.alloc(n) : new Uint8Array(n);
}
/** Bytes of `data` (string in `encoding`, or any ArrayBufferView) as a Uint8Array view. */
function toBytes(data, encoding) {
  if (typeof data === 'string') return getBuffer().from(data, encoding || 'utf8');
  if (data instanceof Uint8Array) return data;
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
function encodeResult(bytes, encoding) {
  if (!encoding || encoding === 'buffer') return bytes;
  return bytes.toString(encoding);
}
function decodeString(s, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return s;
  const buf = getBuffer().from(s, 'utf8');
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}
/** Java's readFile result: a String when it decoded (utf8/latin1), else bytes. */
function javaEncoding(encoding) {
  if (encoding === 'utf8' || encoding === 'utf-8') return 'utf8';
  if (encoding === 'latin1' || encoding === 'binary') return 'latin1';
  return null;
}
function fileResult(r, encoding) {
  if (typeof r === 'string') return r;
  const buf = bufferFromJava(r);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

// ---- paths ----------------------------------------------------------------------------------
function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' &&
    typeof v.protocol === 'string' && v.auth === undefined && v.path === undefined;
}

function fileURLToPath(url) {
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (url.hostname !== '' && url.hostname !== 'localhost') throw new ERR_INVALID_FILE_URL_HOST('linux');
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function utf8Decode(u8) {
  const B = getBuffer();
  if (B) return B.from(u8.buffer, u8.byteOffset, u8.byteLength).toString('utf8');
  let s = '';
  for (const b of u8) s += String.fromCharCode(b);
  return decodeURIComponent(escape(s));
}

/** A path argument as a string: string, Buffer/Uint8Array or file: URL; no NUL bytes. */
function getValidatedPath(p, name = 'path') {
  let s;
  if (typeof p === 'string') s = p;
  else if (p instanceof Uint8Array) s = utf8Decode(p);
  else if (isURL(p)) s = fileURLToPath(p);
  else throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], p);
  if (s.includes('\u0000')) {
    const reason = 'must be a string, Uint8Array, or URL without null bytes';
    if (typeof p !== 'string') throw new ERR_INVALID_ARG_VALUE(name, p, reason);
    // Node's inspect escapes control characters as \xNN; the shared inspectValue does not (yet).
    const shown = errors.inspectValue(p).replace(/[\x00-\x07\x0e-\x1f\x7f]/g,
      (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
    throw errors.decorate(new TypeError(`The argument '${name}' ${reason}. Received ${shown}`),
      'ERR_INVALID_ARG_VALUE');
  }
  return s;
}

function getValidatedFd(fd, name = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, name, 0);
  return fd;
}

// ---- flags, modes, options ------------------------------------------------------------------
const flagTable = {
  r: O_RDONLY, rs: O_RDONLY | O_SYNC, sr: O_RDONLY | O_SYNC,
  'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  w: O_TRUNC | O_CREAT | O_WRONLY, wx: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  xw: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  a: O_APPEND | O_CREAT | O_WRONLY, ax: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  xa: O_APPEND | O_CREAT | O_WRONLY | O_EXCL, as: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  sa: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};
function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  if (typeof flags === 'string' && Object.prototype.hasOwnProperty.call(flagTable, flags)) return flagTable[flags];
  throw new ERR_INVALID_ARG_VALUE(name, flags);
}

const modeDesc = 'must be a 32-bit unsigned integer or an octal string';
function parseFileMode(value, name, def) {
  if (value == null) value = def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) throw new ERR_INVALID_ARG_VALUE(name, value, modeDesc);
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer') {
    const B = getBuffer();
    if (B && !B.isEncoding(encoding)) {
      throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
    }
  }
}

function getOptions(options, defaults = {}) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    options = { ...defaults, encoding: options };
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  } else {
    options = { ...defaults, ...options };
  }
  assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

/** Seconds since the epoch from a number, numeric string or Date (Node's toUnixTimestamp). */
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number' && Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (typeof time === 'number') return Date.now() / 1000;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function toPosition(position, name = 'position') {
  if (position == null) return -1;
  if (typeof position === 'bigint') {
    if (position < -1n || position > 2n ** 63n - 1n) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${2n ** 63n - 1n}`, position);
    }
    return Number(position);
  }
  if (typeof position === 'number') {
    if (!Number.isInteger(position)) throw new ERR_OUT_OF_RANGE(name, 'an integer', position);
    return position < 0 ? -1 : position;
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
}

// ---- Stats, StatFs, Dirent ------------------------------------------------------------------
const kNsPerMsBigInt = 1000000n;

class StatsBase {
  isDirectory() { return this._checkModeProperty(constants.S_IFDIR); }
  isFile() { return this._checkModeProperty(constants.S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(constants.S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(constants.S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(constants.S_IFLNK); }
  isFIFO() { return this._checkModeProperty(constants.S_IFIFO); }
  isSocket() { return this._checkModeProperty(constants.S_IFSOCK); }
}

function lazyDate(name, msName) {
  return {
    enumerable: false,
    configurable: true,
    get() {
      const value = new Date(Number(this[msName]));
      Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
    },
  };
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  this.dev = dev; this.mode = mode; this.nlink = nlink; this.uid = uid; this.gid = gid;
  this.rdev = rdev; this.blksize = blksize; this.ino = ino; this.size = size; this.blocks = blocks;
  this.atimeMs = atimeMs; this.mtimeMs = mtimeMs; this.ctimeMs = ctimeMs; this.birthtimeMs = birthtimeMs;
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.defineProperties(Stats.prototype, {
  atime: lazyDate('atime', 'atimeMs'), mtime: lazyDate('mtime', 'mtimeMs'),
  ctime: lazyDate('ctime', 'ctimeMs'), birthtime: lazyDate('birthtime', 'birthtimeMs'),
});
Stats.prototype._checkModeProperty = function(property) {
  return (this.mode & constants.S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  this.dev = dev; this.mode = mode; this.nlink = nlink; this.uid = uid; this.gid = gid;
  this.rdev = rdev; this.blksize = blksize; this.ino = ino; this.size = size; this.blocks = blocks;
  this.atimeMs = atimeNs / kNsPerMsBigInt; this.mtimeMs = mtimeNs / kNsPerMsBigInt;
  this.ctimeMs = ctimeNs / kNsPerMsBigInt; this.birthtimeMs = birthtimeNs / kNsPerMsBigInt;
  this.atimeNs = atimeNs; this.mtimeNs = mtimeNs; this.ctimeNs = ctimeNs; this.birthtimeNs = birthtimeNs;
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.defineProperties(BigIntStats.prototype, {
  atime: lazyDate('atime', 'atimeMs'), mtime: lazyDate('mtime', 'mtimeMs'),
  ctime: lazyDate('ctime', 'ctimeMs'), birthtime: lazyDate('birthtime', 'birthtimeMs'),
});
BigIntStats.prototype._checkModeProperty = function(property) {
  return (BigInt(this.mode) & BigInt(constants.S_IFMT)) === BigInt(property);
};

/** Stats from the Java array [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, (sec, nsec) x4]. */
function makeStats(a, bigint) {
  if (a == null) return undefined;
  if (bigint) {
    const B = (i) => BigInt(a[i]);
    const ns = (i) => BigInt(a[i]) * 1000000000n + BigInt(a[i + 1]);
    return new BigIntStats(B(0), B(1), B(2), B(3), B(4), B(5), B(6), B(7), B(8), B(9),
      ns(10), ns(12), ns(14), ns(16));
  }
  const ms = (i) => a[i] * 1e3 + a[i + 1] / 1e6;
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
    ms(10), ms(12), ms(14), ms(16));
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type; this.bsize = bsize; this.blocks = blocks; this.bfree = bfree;
    this.bavail = bavail; this.files = files; this.ffree = ffree;
  }
}
function makeStatFs(a, bigint) {
  const v = Array.from(a, (x) => (bigint ? BigInt(x) : x));
  return new StatFs(...v);
}

const kType = Symbol('type');
class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

function joinPath(dir, rel) {
  if (!rel) return dir;
  return dir.endsWith('/') ? dir + rel : `${dir}/${rel}`;
}

/** readdir's result from Java: names, or [name, relParent, type] triples for withFileTypes. */
function makeReaddirResult(raw, path, options) {
  const encoding = options.encoding;
  if (options.withFileTypes) {
    const out = [];
    for (let i = 0; i < raw.length; i += 3) {
      const name = encoding && encoding !== 'utf8' ? decodeString(raw[i], encoding) : raw[i];
      out.push(new Dirent(name, raw[i + 2], joinPath(path, raw[i + 1])));
    }
    return out;
  }
  const names = Array.from(raw);
  if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') return names.map((n) => decodeString(n, encoding));
  return names;
}

// ---- errors ---------------------------------------------------------------------------------
// Node's SystemError: `Prefix: syscall returned CODE (description) path`, details in `info`.
class SystemError extends Error {
  constructor(key, prefix, context) {
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    super(message);
    errors.decorate(this, key);
    const info = { ...context };
    Object.defineProperty(this, 'info', { value: info, enumerable: true, configurable: true, writable: false });
    for (const k of ['errno', 'syscall', 'path', 'dest']) {
      if (context[k] !== undefined) {
        Object.defineProperty(this, k, {
          enumerable: true, configurable: true,
          get() { return info[k]; }, set(v) { info[k] = v; },
        });
      }
    }
  }
  toString() { return `${this.name} [${this.code}]: ${this.message}`; }
}
Object.defineProperty(SystemError.prototype, 'name', { value: 'SystemError', writable: true, configurable: true });

function systemError(key, prefix, { code, syscall, path, dest, message }) {
  const [errno, desc] = errors.uvErrno[code] || [-1, 'unknown error'];
  const context = { code, message: message || desc, syscall, errno: -errno };
  if (path !== undefined && path !== null) context.path = path;
  if (dest !== undefined && dest !== null) context.dest = dest;
  return new SystemError(key, prefix, context);
}

function makeFsError(code, syscall, path, dest) {
  if (code === 'ERR_FS_EISDIR') {
    return systemError('ERR_FS_EISDIR', 'Path is a directory', { code: 'EISDIR', syscall, path, message: 'is a directory' });
  }
  if (code === 'ERR_FS_FILE_TOO_LARGE') return new errors.codes.ERR_FS_FILE_TOO_LARGE(path);
  const err = errors.uvException({ code, syscall, path: path == null ? undefined : path,
    dest: dest == null ? undefined : dest });
  Error.captureStackTrace?.(err, makeFsError);
  return err;
}
binding.setErrorFactory(makeFsError);

function abortError(signal) {
  return new errors.AbortError(undefined, { cause: signal && signal.reason });
}

// A Java completion (err, result) -> Node callback (err) / (null, mapped result).
function done(cb, map) {
  return (err, r) => {
    if (err) cb(err);
    else if (map) cb(null, map(r));
    else cb(null);
  };
}

function validateAccessMode(mode, min, max, def) {
  if (mode == null) return def;
  if (typeof mode !== 'number' || !Number.isInteger(mode)) {
    throw new ERR_INVALID_ARG_TYPE('mode', 'number', mode);
  }
  if (mode < min || mode > max) {
    throw errors.decorate(new RangeError(`mode is out of range: >= ${min} && <= ${max}`), 'ERR_OUT_OF_RANGE');
  }
  return mode;
}
function validateCopyMode(mode) {
  if (mode == null) return 0;
  if (typeof mode !== 'number' || !Number.isInteger(mode)) {
    throw errors.decorate(new TypeError('mode must be int32 or null/undefined'), 'ERR_INVALID_ARG_TYPE');
  }
  return validateAccessMode(mode, 0, 7, 0);
}
module.exports = {
  binding, constants, errors, getBuffer, isBuffer, bufferFromJava, copyFromJava, allocBuffer, toBytes,
  encodeResult, decodeString, javaEncoding, fileResult, getValidatedPath, getValidatedFd, isURL,
  fileURLToPath, stringToFlags, parseFileMode, getOptions, assertEncoding, makeCallback,
  toUnixTimestamp, toPosition, Stats, BigIntStats, makeStats, StatFs, makeStatFs, Dirent,
  makeReaddirResult, joinPath, SystemError, systemError, makeFsError, abortError,
  validateAbortSignal, validateObject, done, validateAccessMode, validateCopyMode,
};
