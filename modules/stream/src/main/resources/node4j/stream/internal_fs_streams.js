'use strict';
// fs.ReadStream / fs.WriteStream and createReadStream / createWriteStream, built on the fs
// module's callback API (open/read/write/close, or the `fs` option's replacements). The fs
// facade only has to re-export these.
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { Buffer } = require('buffer');
const errors = require('internal/errors');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = errors;
const { validateInteger, validateFunction } = require('internal/validators');

const kFs = Symbol('kFs');
const kIsPerformingIO = Symbol('kIsPerformingIO');

function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return { ...defaults };
  if (typeof options === 'string') return { ...defaults, encoding: options };
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  const signal = options.signal;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return { ...defaults, ...options };
}

const kOwnFs = Symbol('kOwnFs');

function pickFs(options, names) {
  const fs = require('fs');
  const impl = options.fs || {};
  const out = {};
  for (const n of names) {
    // Without a replacement, look fs[n] up at each call: tests and tools patch fs.open/close.
    out[n] = impl[n] || ((...args) => fs[n](...args));
    if (impl[n] !== undefined) validateFunction(impl[n], `options.fs.${n}`);
  }
  if (!impl.read) out[kOwnFs] = fs;
  return out;
}

/** fs's read into a new Buffer when the stream reads through fs.read and nobody replaced it. */
function ownReadNew(ops) {
  const fs = ops[kOwnFs];
  const own = fs?.[Symbol.for('node4j.fs.readNew')];
  return own !== undefined && fs.read === own.read ? own.readNew : undefined;
}

/** A FileHandle given as `fd`: the stream does its I/O through the handle's methods and
 *  closes when the handle closes. */
function useFileHandle(stream, options) {
  const handle = options.fd;
  if (handle === null || typeof handle !== 'object') return;
  if (options.fs) {
    throw new errors.codes.ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
  }
  const settle = (p, cb, ok) => p.then((r) => ok(r), (err) => cb(err));
  stream[kFs] = {
    open() { throw new errors.codes.ERR_METHOD_NOT_IMPLEMENTED('open()'); },
    close: (fd, cb) => settle(handle.close(), cb, () => cb()),
    read: (fd, buf, off, len, pos, cb) => settle(handle.read(buf, off, len, pos), cb,
      (r) => cb(null, r.bytesRead, r.buffer)),
    write: (fd, buf, off, len, pos, cb) => settle(handle.write(buf, off, len, pos), cb,
      (r) => cb(null, r.bytesWritten, r.buffer)),
    writev: (fd, bufs, pos, cb) => settle(handle.writev(bufs, pos), cb, (r) => cb(null, r.bytesWritten, r.buffers)),
    fsync: (fd, cb) => settle(handle.sync(), cb, () => cb()),
  };
  handle.on('close', () => stream.close());
}

function toPath(path) {
  if (path instanceof URL) return require('url').fileURLToPath(path);
  if (Buffer.isBuffer(path)) return path.toString();
  if (typeof path !== 'string') throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
  return path;
}

function openStream(stream) {
  stream[kFs].open(stream.path, stream.flags, stream.mode, (er, fd) => {
    if (er) {
      stream._constructDone(er);
      return;
    }
    stream.fd = fd;
    stream.emit('open', fd);
    stream.emit('ready');
    stream._constructDone();
  });
}

function closeStream(stream, err, cb) {
  if (stream.fd === null || stream.fd === undefined) {
    cb(err);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushErr) => closeFd(stream, err || flushErr, cb));
  } else {
    closeFd(stream, err, cb);
  }
}

function closeFd(stream, err, cb) {
  stream[kFs].close(stream.fd, (er) => cb(er || err));
  stream.fd = null;
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = getOptions(options, {});
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose !== false;
  this[kFs] = pickFs(options, ['open', 'read', 'close']);
  useFileHandle(this, options);
  this.fd = options.fd === undefined ? null : (typeof options.fd === 'object' && options.fd !== null ? options.fd.fd : options.fd);
  this.path = this.fd === null ? toPath(path) : undefined;
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = options.start;
  this.end = options.end === undefined ? Infinity : options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Readable.call(this, options);
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; }, configurable: true,
});

ReadStream.prototype._construct = function(callback) {
  if (this.fd !== null) {
    callback();
    return;
  }
  this._constructDone = callback;
  openStream(this);
};

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  this[kIsPerformingIO] = true;
  const done = (er, bytesRead, buffer) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIsPerformingIO, er);
      return;
    }
    if (er) {
      this.destroy(er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      this.push(bytesRead !== buffer.length ? buffer.subarray(0, bytesRead) : buffer);
    } else {
      this.push(null);
    }
  };
  const readNew = ownReadNew(this[kFs]);
  if (readNew) {
    readNew(this.fd, n, this.pos ?? null, (er, buffer) => done(er, buffer?.length, buffer));
  } else {
    this[kFs].read(this.fd, Buffer.allocUnsafeSlow(n), 0, n, this.pos ?? null, done);
  }
};

ReadStream.prototype._destroy = function(err, cb) {
  // Wait for an in-flight read before closing the descriptor.
  if (this[kIsPerformingIO]) this.once(kIsPerformingIO, (er) => closeStream(this, err || er, cb));
  else closeStream(this, err, cb);
};

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') require('internal/streams/end_of_stream').eos(this, cb);
  this.destroy();
};

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = getOptions(options, {});
  options.decodeStrings = true;
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose !== false;
  this[kFs] = pickFs(options, ['open', 'write', 'writev', 'close', 'fsync']);
  // A replacement fs without writev writes chunk by chunk (as in Node).
  if (options.fs && !options.fs.writev) this._writev = null;
  useFileHandle(this, options);
  this.fd = options.fd === undefined ? null : (typeof options.fd === 'object' && options.fd !== null ? options.fd.fd : options.fd);
  this.path = this.fd === null ? toPath(path) : undefined;
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.flush = options.flush === true;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; }, configurable: true,
});

WriteStream.prototype._construct = ReadStream.prototype._construct;

// The completion of _write and _writev: a destroy that waited for the I/O goes on.
function afterWrite(stream, cb) {
  return (er, bytes) => {
    stream[kIsPerformingIO] = false;
    if (stream.destroyed) {
      cb(er);
      stream.emit(kIsPerformingIO, er);
      return;
    }
    if (er) return cb(er);
    stream.bytesWritten += bytes;
    cb();
  };
}

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  this[kFs].write(this.fd, data, 0, data.length, this.pos ?? null, afterWrite(this, cb));
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function(data, cb) {
  const chunks = data.map((d) => d.chunk);
  const size = chunks.reduce((n, c) => n + c.length, 0);
  this[kIsPerformingIO] = true;
  this[kFs].writev(this.fd, chunks, this.pos ?? null, afterWrite(this, cb));
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = ReadStream.prototype._destroy;

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // An unended stream is ended first so buffered data reaches the file.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

module.exports = { ReadStream, WriteStream, createReadStream, createWriteStream };
