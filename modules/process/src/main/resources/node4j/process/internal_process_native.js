'use strict';
// process.dlopen, process.execve, process.openStdin and process.debugPort.
// - dlopen validates as Node, then fails honestly: a Node addon is machine code built against
//   V8 and Node's C++ ABI, which GraalJS does not provide, so node4j never loads one.
// - execve is a real execve(2) through FFM (NativeBinding), allowed only in the node4j command:
//   embedded in another Java program it would replace that program's whole JVM.
// - debugPort is Node's default inspector port; node4j has no inspector, nothing listens on it.
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_FEATURE_UNAVAILABLE_ON_PLATFORM },
  decorate } = require('internal/errors');
const { emitExperimentalWarning } = require('internal/process/warning');

const DEFAULT_DEBUG_PORT = 9229;

function install(process, binding) {
  let natives;
  const nativeBinding = () => (natives ??= binding.natives());

  function dlopen() {   // (module, filename[, flags]), read from arguments: length 0 as Node's
    const [module, filename, flags] = arguments;
    if (arguments.length < 2) {
      throw decorate(new TypeError('process.dlopen needs at least 2 arguments'), 'ERR_MISSING_ARGS');
    }
    if (module === null || module === undefined) throw new TypeError('Cannot convert undefined or null to object');
    void module.exports;   // Node reads module.exports first
    const file = `${filename}`;
    if (flags !== undefined) Number(flags);   // coerced as Node does (a throwing valueOf throws)
    const reason = nativeBinding().exists(file)
      ? 'native addons cannot be loaded by node4j: they are built against V8 and Node\'s C++ ABI,' +
        ' which GraalJS on the JVM does not provide'
      : 'cannot open shared object file: No such file or directory';
    throw decorate(new Error(`${file}: ${reason}`), 'ERR_DLOPEN_FAILED');
  }

  function execve(execPath, args = [], env = process.env) {
    emitExperimentalWarning('process.execve');
    if (process.platform === 'win32') throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('process.execve');
    if (typeof execPath !== 'string') throw new ERR_INVALID_ARG_TYPE('execPath', 'string', execPath);
    if (!Array.isArray(args)) throw new ERR_INVALID_ARG_TYPE('args', 'Array', args);
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      if (typeof arg !== 'string' || arg.includes('\u0000')) {
        throw new ERR_INVALID_ARG_VALUE(`args[${i}]`, arg, 'must be a string without null bytes');
      }
    }
    if (env === null || typeof env !== 'object' || Array.isArray(env)) {
      throw new ERR_INVALID_ARG_TYPE('env', 'object', env);
    }
    const pairs = [];
    for (const [key, value] of Object.entries(env)) {
      if (typeof value !== 'string' || key.includes('\u0000') || value.includes('\u0000')) {
        throw new ERR_INVALID_ARG_VALUE('env', env, 'must be an object with string keys and values without null bytes');
      }
      pairs.push(`${key}=${value}`);
    }
    const why = nativeBinding().execveUnavailable();
    if (why !== null) {
      throw decorate(new Error(`process.execve is unavailable: ${why}`), 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM');
    }
    const code = nativeBinding().execve(execPath, args, pairs);
    // Node 25 aborts when execve(2) fails, after saying why.
    process._rawDebug(`process.execve failed with error code ${code}`);
    process.abort();
  }

  Object.assign(process, { dlopen, execve, debugPort: DEFAULT_DEBUG_PORT });
  // Deprecated (DEP0012 era): resumes stdin and hands it out; anonymous, as Node's.
  process.openStdin = function() {
    process.stdin.resume();
    return process.stdin;
  };
}

module.exports = { install };
