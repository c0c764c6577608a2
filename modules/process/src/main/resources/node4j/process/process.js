'use strict';
// The `process` object: an EventEmitter whose facts come from the Java binding. The loop
// (core) emits 'exit', 'beforeExit', 'uncaughtException' and 'unhandledRejection' on it.
const EventEmitter = require('events');
const core = require('internal/core');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_SIGNAL, ERR_INVALID_ARG_VALUE, ERR_INVALID_OBJECT_DEFINE_PROPERTY,
  ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET, ERR_NOT_IMPLEMENTED, ERR_OPERATION_FAILED } } = require('internal/errors');
const { validateString, validateInteger, validateNumber, validateObject,
  validateBoolean } = require('internal/validators');
const { emitWarning, onWarning } = require('internal/process/warning');
const binding = internalBinding('process');

const nodeVersion = core.binding.nodeVersion();

function processConstructor() {}
Object.defineProperty(processConstructor, 'name', { __proto__: null, value: 'process' });
// `process` has a prototype of its own, whose prototype is EventEmitter.prototype, as in Node.
const processProto = Object.create(EventEmitter.prototype, {
  constructor: { value: processConstructor, writable: true, configurable: true },
  [Symbol.toStringTag]: { value: 'process', configurable: true },
});
processConstructor.prototype = processProto;
const process = Object.create(processProto);
EventEmitter.call(process);

const argv = Array.from(binding.argv());
const env = createEnv(Array.from(binding.env()));

function createEnv(pairs) {
  // Variables are own properties of an object inheriting from Object.prototype (as in Node):
  // values are coerced to strings, symbol keys are never variables, descriptors are checked.
  const target = {};
  const put = (key, value) => Object.defineProperty(target, key, {
    __proto__: null, value, writable: true, enumerable: true, configurable: true,
  });
  for (let i = 0; i < pairs.length; i += 2) put(pairs[i], pairs[i + 1]);
  return new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'symbol') return undefined;
      return Reflect.get(t, key, receiver);
    },
    set(t, key, value) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      const str = `${value}`;   // throws for a symbol, as Node does
      if (key !== '') put(key, str);
      return true;
    },
    has(t, key) {
      return typeof key !== 'symbol' && Reflect.has(t, key);
    },
    deleteProperty(t, key) {
      if (typeof key !== 'symbol') delete t[key];
      return true;
    },
    defineProperty(t, key, desc) {
      if ('get' in desc || 'set' in desc) {
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY("'process.env' does not accept an accessor(getter/setter) descriptor");
      }
      if (!desc.configurable || !desc.writable || !desc.enumerable) {
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(
          "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
      }
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      if (key !== '') put(key, `${desc.value}`);
      return true;
    },
  });
}

// openssl: present only with the crypto module. The version is the OpenSSL whose behaviour node4j's
// crypto follows (Node 25.8.1's 3.5.5, as crypto.constants.OPENSSL_VERSION_NUMBER says); the build
// metadata says what it is (the JCA and Bouncy Castle, not OpenSSL).
const versions = Object.freeze({
  node: nodeVersion.slice(1),
  node4j: '0.1.0',
  unicode: '16.0',
  ...(core.binding.isBuiltin('crypto') ? { openssl: '3.5.5+node4j-jca' } : {}),
});

const signals = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15,
  SIGCHLD: 17, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23,
  SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPWR: 30, SIGSYS: 31 };

// Internal bindings Node still hands out through process.binding().
const legacyBindings = ['buffer', 'cares_wrap', 'config', 'constants', 'contextify', 'fs', 'fs_event_wrap',
  'icu', 'inspector', 'js_stream', 'natives', 'os', 'pipe_wrap', 'process_wrap', 'spawn_sync',
  'stream_wrap', 'tcp_wrap', 'tls_wrap', 'tty_wrap', 'udp_wrap', 'util', 'uv', 'zlib'];

let exitCode;
const hrtimeBigintBase = 0n;

function hrtime(prev) {
  const now = binding.hrtimeNanos();
  let sec = Math.floor(now / 1e9);
  let nsec = now - sec * 1e9;
  if (prev !== undefined) {
    if (!Array.isArray(prev)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', prev);
    if (prev.length !== 2) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_OUT_OF_RANGE('time', 2, prev.length);
    }
    sec -= prev[0];
    nsec -= prev[1];
    if (nsec < 0) { sec -= 1; nsec += 1e9; }
  }
  return [sec, nsec];
}
hrtime.bigint = function bigint() {
  return BigInt(binding.hrtimeNanos()) + hrtimeBigintBase;
};

function memoryUsage() {
  const [rss, heapTotal, heapUsed, external, arrayBuffers] = binding.memoryUsage();
  return { rss, heapTotal, heapUsed, external, arrayBuffers };
}
memoryUsage.rss = () => binding.rss();

/** Node's check of a previous cpuUsage()/threadCpuUsage() result: type, then range, per field. */
function usageSince(prev, user, system) {
  if (!prev) return { user, system };
  validateObject(prev, 'prevValue');
  for (const key of ['user', 'system']) {
    const v = prev[key];
    validateNumber(v, `prevValue.${key}`);
    if (!(v >= 0) || !Number.isFinite(v)) throw new ERR_INVALID_ARG_VALUE.RangeError(`prevValue.${key}`, v);
  }
  return { user: user - prev.user, system: system - prev.system };
}

Object.assign(process, {
  title: 'node',
  version: nodeVersion,
  versions,
  arch: binding.arch(),
  platform: binding.platform(),
  release: Object.freeze({ name: 'node', sourceUrl: '', headersUrl: '' }),
  argv,
  execArgv: Array.from(binding.execArgv()),
  execPath: binding.execPath(),
  env,
  pid: binding.pid(),
  ppid: binding.ppid(),
  features: Object.freeze({ inspector: false, debug: false, uv: true, ipv6: true, openssl_is_boringssl: false,
    quic: false, tls_alpn: false,
    tls_sni: false, tls_ocsp: false, tls: false, cached_builtins: true, require_module: true,
    typescript: false }),
  config: Object.freeze({ target_defaults: Object.freeze({}),
    variables: Object.freeze({ v8_enable_i18n_support: 1, node_shared_openssl: false,
      node_use_openssl: core.binding.isBuiltin('crypto'), asan: 0, is_debug: 0, node_module_version: 141 }) }),
  noDeprecation: false,
  throwDeprecation: false,
  traceDeprecation: false,
  moduleLoadList: [],
  domain: null,   // no domain is active (node:domain is not implemented)
  nextTick: core.nextTick,
  hrtime,
  memoryUsage,
  cpuUsage(prevValue) {
    const [user, system] = binding.cpuUsage();
    const r = usageSince(prevValue, user, system);
    return { user: Math.round(r.user), system: Math.round(r.system) };
  },
  threadCpuUsage(prevValue) {
    const usage = binding.threadCpuUsage();
    if (usage === null) throw new ERR_OPERATION_FAILED('threadCpuUsage is not available on this JVM');
    return usageSince(prevValue, usage[0], usage[1]);
  },
  /** getrusage(RUSAGE_SELF) of the whole JVM (every node4j context in it shares the process). */
  resourceUsage() {
    const r = binding.resourceUsage();
    if (r === null) throw new ERR_NOT_IMPLEMENTED('process.resourceUsage() on this platform');
    return {
      userCPUTime: r[0], systemCPUTime: r[1], maxRSS: r[2], sharedMemorySize: r[3],
      unsharedDataSize: r[4], unsharedStackSize: r[5], minorPageFault: r[6], majorPageFault: r[7],
      swappedOut: r[8], fsRead: r[9], fsWrite: r[10], ipcSent: r[11], ipcReceived: r[12],
      signalsCount: r[13], voluntaryContextSwitches: r[14], involuntaryContextSwitches: r[15],
    };
  },
  uptime: () => binding.uptime(),
  cwd: () => binding.cwd(),
  chdir(directory) {
    validateString(directory, 'directory');
    binding.chdir(directory);
  },
  umask(mask) {
    if (mask === undefined) return binding.umask(-1);
    if (typeof mask === 'string') {
      if (!/^[0-7]+$/.test(mask)) {
        throw new ERR_INVALID_ARG_VALUE('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
      }
      mask = parseInt(mask, 8);
    }
    validateInteger(mask, 'mask', 0, 0xFFFFFFFF);
    return binding.umask(mask);
  },
  exit(code) {
    if (code !== undefined) process.exitCode = code;
    // 'exit' listeners run once; then reallyExit, which a program may replace (and so go on).
    process.reallyExit(core.emitExit());
  },
  reallyExit(code) {
    core.quit(code | 0);
  },
  _rawDebug(...args) {
    // Straight to fd 2, unbuffered, bypassing process.stderr (for debugging the runtime itself).
    const util = core.binding.isBuiltin('util') ? require('util') : undefined;
    binding.write(2, `${util ? util.format(...args) : args.join(' ')}\n`);
  },
  abort() {
    binding.write(2, '');
    core.quit(134);
  },
  kill(pid, sig) {
    // Numeric strings pass, as in Node (pid != (pid | 0) is the check).
    // eslint-disable-next-line eqeqeq
    if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
    let err;
    if (sig === (sig | 0)) {
      err = process._kill(pid, sig);
    } else {
      sig = sig || 'SIGTERM';
      if (signals[sig] === undefined) throw new ERR_UNKNOWN_SIGNAL(sig);
      err = process._kill(pid, signals[sig]);
    }
    if (err) {
      const e = new Error(`kill ${err}`);
      e.errno = require('internal/errors').uvErrno[err]?.[0];
      e.code = err;
      e.syscall = 'kill';
      throw e;
    }
    return true;
  },
  /** The raw signal sender under kill(): an error code, or a falsy value on success. */
  _kill(pid, sig) {
    return binding.kill(Number(pid), sig);
  },
  emitWarning,
  setSourceMapsEnabled(enabled) {
    validateBoolean(enabled, 'enabled');
    // node4j does not map stack traces through source maps (yet): say so rather than pretend.
    if (enabled) throw new ERR_NOT_IMPLEMENTED('Source map support (process.setSourceMapsEnabled(true))');
  },
  binding(name) {
    if (process.execArgv.includes('--pending-deprecation')) {
      emitWarning('process.binding() is deprecated. Please use public APIs instead.', 'DeprecationWarning', 'DEP0111');
    }
    // Of Node's deprecated internal bindings, node4j has the one whose API is public: util.
    if (name === 'util' && core.binding.isBuiltin('util')) {
      const { types } = require('util');
      const out = {};
      for (const key of ['isAnyArrayBuffer', 'isArrayBuffer', 'isArrayBufferView', 'isAsyncFunction',
        'isDataView', 'isDate', 'isExternal', 'isMap', 'isMapIterator', 'isNativeError', 'isPromise',
        'isRegExp', 'isSet', 'isSetIterator', 'isTypedArray', 'isUint8Array']) out[key] = types[key];
      return out;
    }
    if (legacyBindings.includes(name)) throw new ERR_NOT_IMPLEMENTED(`process.binding('${name}')`);
    throw new Error(`No such module: ${name}`);
  },
  getBuiltinModule(id) {
    validateString(id, 'id');
    if (!require('module').isBuiltin(id)) return undefined;
    return core.requireBuiltin(id.startsWith('node:') ? id.slice(5) : id);
  },
  setUncaughtExceptionCaptureCallback(fn) {
    if (fn === null) {
      core.setUncaughtCapture(null);
      return;
    }
    if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
    if (core.hasUncaughtCapture()) throw new ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
    core.setUncaughtCapture(fn);
  },
  hasUncaughtExceptionCaptureCallback: () => core.hasUncaughtCapture(),
  availableMemory: () => binding.availableMemory(),
  constrainedMemory: () => 0,
  loadEnvFile(path = undefined) {   // (a default keeps .length 0, as Node's)
    const file = path == null ? '.env' : require('internal/fs/utils').getValidatedPath(path);
    const pairs = binding.dotenv().readFile(file);
    // Variables already set win over the file's.
    for (let i = 0; i < pairs.length; i += 2) {
      if (!Object.hasOwn(env, pairs[i])) env[pairs[i]] = pairs[i + 1];
    }
  },
});

const posix = binding.posix();
if (posix !== null) require('internal/process/credentials').install(process, posix);
require('internal/process/signals').install(process, signals, binding);
require('internal/process/resources').install(process, binding);
// process.report: made on first use, or at start when a --report-* flag was given (what it turns
// on, a signal listener or the uncaught-exception report, must act from the first line).
let report;
Object.defineProperty(process, 'report', { __proto__: null, enumerable: true, configurable: true,
  get() { return report ??= require('internal/process/report').createReport(process, binding, signals); } });
if (process.execArgv.some((arg) => arg.startsWith('--report-'))) void process.report;
// --trace-sigint: as util.setTraceSigInt(true) before the program's first line.
if (process.execArgv.includes('--trace-sigint')) binding.signals().traceSigint(true);
require('internal/process/native').install(process, binding);

/** A property computed on first read, then a plain data property (as Node's lazy ones). */
function defineLazy(name, compute) {
  const define = (value) => Object.defineProperty(process, name, { __proto__: null,
    value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(process, name, { __proto__: null,
    enumerable: true, configurable: true,
    get() {
      const value = compute();
      define(value);
      return value;
    },
    set: define,
  });
}
defineLazy('finalization', () => require('internal/process/finalization').createFinalization(process));
defineLazy('allowedNodeEnvironmentFlags',
  () => require('internal/process/flags').createAllowedFlags(binding.nodeOptionsFlags()));
// Source maps are not applied to stack traces by node4j: always false (see setSourceMapsEnabled).
Object.defineProperty(process, 'sourceMapsEnabled', { __proto__: null,
  enumerable: true, configurable: true, get: () => false });

Object.defineProperty(process, 'exitCode', { __proto__: null,
  enumerable: true,
  configurable: false,
  get() { return exitCode; },
  set(code) {
    // Kept as a number ('2' reads back as 2); null unsets it, as in Node.
    if (code === null || code === undefined) {
      exitCode = undefined;
      return;
    }
    let value = code;
    if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
    validateInteger(value, 'code');
    exitCode = value;
  },
});

let argv0 = argv[0];
Object.defineProperty(process, 'argv0', { __proto__: null,
  enumerable: true, configurable: true,
  get() { return argv0; },
  set(v) { argv0 = v; },
});

require('internal/process/stdio').install(process);

process.on('warning', onWarning);

module.exports = process;
