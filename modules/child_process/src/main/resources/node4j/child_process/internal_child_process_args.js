'use strict';
// Argument normalization shared by spawn/exec and their Sync forms: shell, cwd, env, stdio, signals.
const { codes } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_NOT_IMPLEMENTED, ERR_UNKNOWN_SIGNAL } = codes;
const { validateString, validateObject } = require('internal/validators');

// Linux signal numbers.
const signals = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8,
  SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17,
  SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
  SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};
const signalNames = [];
for (const [name, n] of Object.entries(signals)) signalNames[n] ??= name;

function toSignalNumber(signal, name = 'signal') {
  if (typeof signal === 'number') {
    if (signal === 0 || signalNames[signal] !== undefined) return signal;
    throw new ERR_UNKNOWN_SIGNAL(signal);
  }
  if (typeof signal === 'string') {
    const n = Object.hasOwn(signals, signal) ? signals[signal] : undefined;
    if (n === undefined) throw new ERR_UNKNOWN_SIGNAL(signal);
    return n;
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'number'], signal);
}

function signalName(n) {
  return n == null ? null : signalNames[n] ?? null;
}

function normalizeStdio(stdio) {
  if (stdio === undefined || stdio === null) return ['pipe', 'pipe', 'pipe'];
  if (typeof stdio === 'string') {
    if (stdio === 'overlapped') stdio = 'pipe';
    if (stdio !== 'pipe' && stdio !== 'inherit' && stdio !== 'ignore') {
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
    return [stdio, stdio, stdio];
  }
  if (!Array.isArray(stdio)) throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  const out = [];
  for (let i = 0; i < 3; i++) {
    const s = stdio[i];
    if (s === undefined || s === null || s === 'pipe' || s === 'overlapped') out.push('pipe');
    else if (s === 'inherit' || s === 'ignore') out.push(s);
    else if (s === i || (i > 0 && (s === process.stdout || s === process.stderr)) || (i === 0 && s === process.stdin)) {
      out.push('inherit');
    } else if (s === 'ipc') throw new ERR_NOT_IMPLEMENTED('child_process stdio \'ipc\'');
    else throw new ERR_NOT_IMPLEMENTED(`child_process stdio[${i}] other than 'pipe', 'inherit', 'ignore' or ${i}`);
  }
  for (let i = 3; i < stdio.length; i++) {
    if (stdio[i] != null && stdio[i] !== 'ignore') throw new ERR_NOT_IMPLEMENTED('child_process stdio beyond fd 2');
  }
  return out;
}

function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  let cwd = options.cwd;
  if (cwd != null) {
    if (typeof cwd === 'object' && typeof cwd.href === 'string') cwd = require('url').fileURLToPath(cwd);
    validateString(cwd, 'options.cwd');
  }
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] === 'string' && args[i].includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE(`args[${i}]`, args[i], 'must be a string without null bytes');
    }
  }
  // Other values are passed as their strings, as Node does (a Symbol throws a TypeError).
  args = args.map((a) => `${a}`);
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');
  if (options.shell) {
    const command = args.length ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  const env = options.env || process.env;
  const envPairs = [];
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (value !== undefined) envPairs.push(key, `${value}`);
  }
  return {
    file,
    args,
    spawnargs: [options.argv0 ?? file, ...args],
    cwd: cwd ?? null,
    envPairs,
    stdio: normalizeStdio(options.stdio),
    options,
  };
}

/** A spawn failure the way libuv reports it: `spawn <file> ENOENT`. */
function spawnError(code, syscall, file, spawnargs) {
  const { uvErrno } = require('internal/errors');
  const err = new Error(`${syscall} ${code}`);
  err.errno = uvErrno[code] ? uvErrno[code][0] : -1;
  err.code = code;
  err.syscall = syscall;
  err.path = file;
  err.spawnargs = spawnargs.slice(1);
  return err;
}

module.exports = { normalizeSpawnArguments, toSignalNumber, signalName, spawnError, signals };
