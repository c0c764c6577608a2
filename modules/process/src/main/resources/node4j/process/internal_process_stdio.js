'use strict';
// process.stdin, process.stdout and process.stderr, made on first access.
const core = require('internal/core');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const EventEmitter = require('events');
const binding = internalBinding('process');

// stdout/stderr: Writables over synchronous writes to the runtime's fds (output is never lost
// at exit); without the stream module, plain EventEmitters with the same write/end.
function writeChunk(fd, chunk) {
  if (typeof chunk === 'string') {
    binding.write(fd, chunk);
  } else if (ArrayBuffer.isView(chunk)) {
    binding.writeBytes(fd, chunk.buffer, chunk.byteOffset, chunk.byteLength);
  } else {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
  }
}

function makeStdio(fd) {
  let s;
  if (core.binding.isBuiltin('stream')) {
    const { Writable } = require('stream');
    s = new Writable({
      decodeStrings: false,
      write(chunk, encoding, cb) {
        if (typeof chunk === 'string' && encoding && encoding !== 'utf8' && encoding !== 'utf-8') {
          chunk = require('buffer').Buffer.from(chunk, encoding);
        }
        writeChunk(fd, chunk);
        cb();
      },
    });
    s.destroySoon = s.destroy;
    s._destroy = (err, cb) => cb(err);   // stdio fds stay open
  } else {
    s = new EventEmitter();
    s.writable = true;
    s.write = function write(chunk, encoding, cb) {
      if (typeof encoding === 'function') cb = encoding;
      writeChunk(fd, chunk);
      if (typeof cb === 'function') core.nextTick(cb, null);
      return true;
    };
    s.end = function end(chunk, encoding, cb) {
      if (chunk != null && typeof chunk !== 'function') s.write(chunk, encoding);
      const done = typeof chunk === 'function' ? chunk : typeof encoding === 'function' ? encoding : cb;
      if (typeof done === 'function') core.nextTick(done);
      return s;
    };
  }
  s.fd = fd;
  s._isStdio = true;
  s.isTTY = binding.isatty(fd) || undefined;
  return s;
}

// stdin: a Readable fed by one Java read per _read() (backpressure for free). A paused stdin
// does not keep the process alive, as in Node.
function makeStdin() {
  const { Readable } = require('stream');
  const { Buffer } = require('buffer');
  let reading = false;
  const stdin = new Readable({
    highWaterMark: 65536,
    read(size) {
      if (reading) return;
      reading = true;
      binding.stdinRef(stdin.readableFlowing !== false);   // a consumer waits, unless paused
      binding.readStdin(Math.max(1, Math.min(size || 65536, 65536)), (bb) => {
        reading = false;
        if (bb === null) {
          binding.stdinRef(false);
          stdin.push(null);
        } else {
          stdin.push(Buffer.from(new Uint8Array(new ArrayBuffer(bb)).slice().buffer));
        }
      });
    },
    destroy(err, cb) {
      binding.stdinRef(false);
      cb(err);
    },
  });
  stdin.fd = 0;
  stdin.isTTY = binding.isatty(0) || undefined;
  stdin.on('resume', () => binding.stdinRef(true));
  stdin.on('pause', () => binding.stdinRef(false));
  stdin.on('end', () => binding.stdinRef(false));
  return stdin;
}

let stdout;
let stderr;
let stdin;
const getters = {
  stdout() { return stdout || (stdout = makeStdio(1)); },
  stderr() { return stderr || (stderr = makeStdio(2)); },
  stdin() { return stdin || (stdin = makeStdin()); },
};
let proc;

function install(process) {
  proc = process;
  for (const name of ['stdout', 'stderr', 'stdin']) {
    if (name === 'stdin' && !core.binding.isBuiltin('stream')) continue;
    Object.defineProperty(process, name, { __proto__: null, configurable: true, enumerable: false, get: getters[name] });
  }
}

/**
 * True while process.stdout (fd 1) or process.stderr (fd 2) has never been read nor replaced:
 * no stream exists whose write() or listeners a program could have changed, so the global
 * console may write to the fd itself (a hello world then never loads the stream module).
 */
function untouched(fd) {
  if (proc === undefined) require('process');   // installs the getters
  const name = fd === 1 ? 'stdout' : 'stderr';
  if ((fd === 1 ? stdout : stderr) !== undefined) return false;
  const d = Object.getOwnPropertyDescriptor(proc, name);
  return d !== undefined && d.get === getters[name];
}

module.exports = { install, untouched, writeChunk, isatty: (fd) => binding.isatty(fd) || undefined };

