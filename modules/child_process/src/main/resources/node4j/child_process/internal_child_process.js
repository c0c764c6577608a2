'use strict';
// The ChildProcess class: an EventEmitter over a Java ChildHandle, with stdio streams.
const binding = internalBinding('child_process');
const EventEmitter = require('events');
const { nextTick } = require('internal/core');
const { toSignalNumber, signalName, spawnError } = require('internal/child_process/args');

let streamModule;
function stream() {
  if (streamModule === undefined) {
    try {
      streamModule = require('stream');
      if (typeof streamModule.Readable !== 'function') streamModule = null;
    } catch {
      streamModule = null;
    }
  }
  return streamModule;
}

function toBuffer(bytes) {
  const n = binding.length(bytes);
  const buf = Buffer.allocUnsafe(n);
  if (n > 0) binding.copyBytes(bytes, buf.buffer, buf.byteOffset);
  return buf;
}

function makeReadable() {
  const s = stream();
  if (s) return new s.Readable({ read() {} });
  // Until the stream module works: an emitter with the parts child_process users rely on.
  const r = new EventEmitter();
  r.readable = true;
  r.push = (chunk) => {
    if (chunk === null) {
      r.readable = false;
      nextTick(() => { r.emit('end'); r.emit('close'); });
    } else {
      r.emit('data', r.encoding ? chunk.toString(r.encoding) : chunk);
    }
  };
  r.setEncoding = (enc) => { r.encoding = enc; return r; };
  r.resume = () => r;
  r.pause = () => r;
  r.destroy = () => r;
  return r;
}

function makeWritable(handle) {
  const s = stream();
  if (s) {
    return new s.Writable({
      write(chunk, encoding, cb) {
        const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding);
        handle.write(buf.buffer, buf.byteOffset, buf.byteLength, (code) => cb(code ? epipe() : undefined));
      },
      final(cb) {
        handle.endInput();
        cb();
      },
      destroy(err, cb) {
        handle.endInput();
        cb(err);
      },
    });
  }
  const w = new EventEmitter();
  w.writable = true;
  w.write = (chunk, encoding, cb) => {
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding);
    handle.write(buf.buffer, buf.byteOffset, buf.byteLength, (code) => {
      if (code) w.emit('error', epipe());
      if (typeof cb === 'function') cb(code ? epipe() : null);
    });
    return true;
  };
  w.end = (chunk, encoding, cb) => {
    if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
    if (chunk != null) w.write(chunk, encoding);
    handle.endInput();
    w.writable = false;
    nextTick(() => { w.emit('finish'); w.emit('close'); if (typeof cb === 'function') cb(); });
    return w;
  };
  w.destroy = () => { handle.endInput(); return w; };
  return w;
}

function epipe() {
  const { uvException } = require('internal/errors');
  return uvException({ code: 'EPIPE', syscall: 'write' });
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = [null, null, null];
  }

  spawn(opts) {
    this.spawnfile = opts.file;
    this.spawnargs = opts.spawnargs;
    const handle = binding.spawn(opts.file, opts.args, opts.cwd, opts.envPairs, opts.stdio,
      (type, a, b) => this._onEvent(type, a, b));
    const code = handle.error();
    if (code != null) {
      this._handle = null;
      const err = spawnError(code, `spawn ${opts.file}`, opts.file, opts.spawnargs);
      this.exitCode = err.errno;
      nextTick(() => {
        this.emit('error', err);
        this._maybeClose();
      });
      return err;
    }
    this._handle = handle;
    this.pid = handle.pid();
    if (opts.stdio[0] === 'pipe') this.stdin = makeWritable(handle);
    for (const fd of [1, 2]) {
      if (opts.stdio[fd] !== 'pipe') continue;
      const r = makeReadable();
      this._closesNeeded++;
      r.once('close', () => this._maybeClose());
      if (fd === 1) this.stdout = r;
      else this.stderr = r;
    }
    this.stdio = [this.stdin, this.stdout, this.stderr];
    nextTick(() => this.emit('spawn'));
    return undefined;
  }

  _onEvent(type, a, b) {
    if (type === 'stdout' || type === 'stderr') {
      const s = type === 'stdout' ? this.stdout : this.stderr;
      if (s) s.push(toBuffer(a));
    } else if (type === 'end') {
      const s = a === 1 ? this.stdout : this.stderr;
      if (s) s.push(null);
    } else if (type === 'exit') {
      this.exitCode = a == null ? null : a;
      this.signalCode = signalName(b);
      if (this.stdin && typeof this.stdin.destroy === 'function') this.stdin.destroy();
      this.emit('exit', this.exitCode, this.signalCode);
      // Output nobody reads must still drain, or 'close' would never come.
      for (const s of [this.stdout, this.stderr]) {
        if (s && s.readableFlowing == null && typeof s.resume === 'function' &&
            s.listenerCount('readable') === 0) {
          s.resume();
        }
      }
      this._maybeClose();
    }
  }

  _maybeClose() {
    if (++this._closesGot === this._closesNeeded) this.emit('close', this.exitCode, this.signalCode);
  }

  kill(sig = 'SIGTERM') {
    const signal = sig === 0 ? 0 : toSignalNumber(sig);
    if (this._handle === null) return false;
    const sent = this._handle.kill(signal);
    if (sent && signal !== 0) this.killed = true;
    return sent;
  }

  ref() {
    this._handle?.ref();
  }

  unref() {
    this._handle?.unref();
  }

  [Symbol.dispose]() {
    if (!this.killed && this.exitCode === null) this.kill();
  }
}

module.exports = { ChildProcess, toBuffer };
