'use strict';
// The `util` module facade. util.inspect and util.format live in internal/util/*, shared with
// console; the rest (promisify, deprecate, debuglog, ...) is small enough to live here.
const { inspect } = require('internal/util/inspect');
const { format, formatWithOptions } = require('internal/util/format');
const { types } = require('internal/util/types');
const errors = require('internal/errors');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_FALSY_VALUE_REJECTION, ERR_OUT_OF_RANGE } } = errors;
const { validateFunction, validateString, validateNumber, validateObject, validateAbortSignal, validateOneOf } =
  require('internal/validators');
const core = require('internal/core');
const text = require('internal/util/inspect_text');

const proc = () => require('process');

// ---- inherits / _extend ----------------------------------------------------------------------
function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { __proto__: null, value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// ---- promisify / callbackify ----------------------------------------------------------------
const kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');
// Other modules name the values of a multi-value callback with this symbol (fs.read, dns.lookup).
const kCustomPromisifyArgs = Symbol.for('node4j.util.promisify.customArgs');

function copyProperties(target, source) {
  const descriptors = Object.getOwnPropertyDescriptors(source);
  for (const d of Object.values(descriptors)) Object.setPrototypeOf(d, null);
  return Object.defineProperties(target, descriptors);
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisified]) {
    const fn = original[kCustomPromisified];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisified, { __proto__: null, value: fn, enumerable: false, writable: false, configurable: true });
  }
  const names = original[kCustomPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (names !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < names.length; i++) obj[names[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisified, { __proto__: null, value: fn, enumerable: false, writable: false, configurable: true });
  return copyProperties(fn, original);
}
promisify.custom = kCustomPromisified;

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const last = args.pop();
    validateFunction(last, 'last argument');
    const cb = last.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => core.nextTick(cb, null, ret),
      (reason) => {
        if (!reason) {
          const wrapped = new ERR_FALSY_VALUE_REJECTION();
          wrapped.reason = reason;
          reason = wrapped;
        }
        core.nextTick(cb, reason);
      });
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  for (const d of Object.values(descriptors)) Object.setPrototypeOf(d, null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// ---- deprecate ---------------------------------------------------------------------------------
const codesWarned = new Set();
function deprecate(fn, msg, code, { modifyPrototype = true } = {}) {
  validateFunction(fn, 'fn');
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    const p = proc();
    if (!warned && !p.noDeprecation) {
      warned = true;
      if (code === undefined) {
        p.emitWarning(msg, 'DeprecationWarning', deprecated);
      } else if (!codesWarned.has(code)) {
        codesWarned.add(code);
        p.emitWarning(msg, 'DeprecationWarning', code, deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  if (modifyPrototype) {
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
  }
  return deprecated;
}

// ---- debuglog ----------------------------------------------------------------------------------
let debugPattern;
function debugEnabled(section) {
  if (debugPattern === undefined) {
    const env = proc().env.NODE_DEBUG || '';
    const src = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
    debugPattern = src ? new RegExp(`^${src}$`, 'i') : null;
  }
  return debugPattern !== null && debugPattern.test(section);
}

function debuglog(set, cb) {
  let impl;
  const init = () => {
    if (impl !== undefined) return;
    const section = String(set).toUpperCase();
    if (debugEnabled(section)) {
      const p = proc();
      const pid = p.pid;
      impl = (...args) => {
        const colors = p.stderr.isTTY && typeof p.stderr.hasColors === 'function' && p.stderr.hasColors();
        const prefix = `${section} ${pid}: `;
        p.stderr.write(`${colors ? text.stylizeWithColor(prefix, 'number') : prefix}${formatWithOptions({ colors }, ...args)}\n`);
      };
      impl.enabled = true;
    } else {
      impl = () => {};
      impl.enabled = false;
    }
    if (typeof cb === 'function') cb(impl);
  };
  const logger = (...args) => {
    init();
    return Reflect.apply(impl, undefined, args);
  };
  Object.defineProperty(logger, 'enabled', { __proto__: null,
    get() { init(); return impl.enabled; },
    configurable: true, enumerable: true,
  });
  return logger;
}

// ---- strings -------------------------------------------------------------------------------
function toUSVString(input) {
  return String(input).toWellFormed();
}

// eslint-disable-next-line no-control-regex
const vtControl = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?(?:\u0007|\u001B\u005C|\u009C))|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;
function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return str.replace(vtControl, '');
}

function shouldColorize(stream) {
  const env = proc().env;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (!stream || !stream.isTTY) return false;
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return false;
  return typeof stream.hasColors === 'function' ? stream.hasColors() : true;
}

function styleText(format, textArg, { validateStream = true, stream = proc().stdout } = {}) {
  validateString(textArg, 'text');
  const formats = Array.isArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (const key of formats) {
    if (key === 'none') continue;
    const code = text.colors[key];
    if (code === undefined || typeof key !== 'string') {
      throw new ERR_INVALID_ARG_VALUE('format', key,
        `must be one of: ${Object.keys(text.colors).map((k) => `'${k}'`).join(', ')}, 'none'`);
    }
    left += `\u001b[${code[0]}m`;
    right = `\u001b[${code[1]}m${right}`;
  }
  if (validateStream) {
    if (stream === null || typeof stream !== 'object' || typeof stream.write !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    if (!shouldColorize(stream)) return textArg;
  }
  return `${left}${textArg}${right}`;
}

// ---- system errors -------------------------------------------------------------------------
function errnoEntry(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  for (const [name, [errno, desc]] of Object.entries(errors.uvErrno)) if (errno === err) return [name, desc];
  return undefined;
}
const getSystemErrorName = (err) => { const e = errnoEntry(err); return e ? e[0] : `Unknown system error ${err}`; };
const getSystemErrorMessage = (err) => { const e = errnoEntry(err); return e ? e[1] : `Unknown system error ${err}`; };
function getSystemErrorMap() {
  const map = new Map();
  for (const [name, [errno, desc]] of Object.entries(errors.uvErrno)) map.set(errno, [name, desc]);
  return map;
}

function _errnoException(err, syscall, original) {
  const name = getSystemErrorName(err);
  const message = original ? `${syscall} ${name} ${original}` : `${syscall} ${name}`;
  const e = new Error(message);
  e.errno = err;
  e.code = name;
  e.syscall = syscall;
  return e;
}

function _exceptionWithHostPort(err, syscall, address, port, additional) {
  let details = port && port > 0 ? `${address}:${port}` : address;
  if (additional) details += ` - Local (${additional})`;
  const e = _errnoException(err, syscall, details);
  e.address = address;
  if (port) e.port = port;
  return e;
}

// ---- misc ---------------------------------------------------------------------------------
function isDeepStrictEqual(a, b, skipPrototype) {
  // Deep equality is the assert module's (shared with assert.deepStrictEqual).
  return require('internal/comparisons').isDeepStrictEqual(a, b, skipPrototype);
}

async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal.aborted) return undefined;
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/**
 * Call sites of the caller, read through the structured stack API (CallSite objects) rather than
 * by parsing `stack` text, so a user's Error.prepareStackTrace is never invoked. GraalJS gives no
 * script ids: scriptId is '0'.
 */
function getCallSites(frameCount = 10, options) {
  if (typeof frameCount === 'object' && frameCount !== null) { options = frameCount; frameCount = 10; }
  validateNumber(frameCount, 'frameCount', 1, 200);
  if (options !== undefined) validateObject(options, 'options');
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  const holder = {};
  let frames;
  try {
    Error.prepareStackTrace = (err, callSites) => callSites;
    Error.stackTraceLimit = frameCount;
    Error.captureStackTrace(holder, getCallSites);
    frames = holder.stack;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
  }
  const sites = [];
  for (const frame of Array.isArray(frames) ? frames : []) {
    const site = Object.create(null);
    site.functionName = frame.getFunctionName() || '';
    site.scriptId = '0';
    site.scriptName = frame.getFileName() || '';
    site.lineNumber = frame.getLineNumber();
    site.columnNumber = frame.getColumnNumber();
    site.column = site.columnNumber;
    sites.push(site);
  }
  return sites;
}

/** The variables of a .env text (the parser is Java's DotEnv, shared with process.loadEnvFile). */
function parseEnv(content) {
  validateString(content, 'content');
  const pairs = internalBinding('process').dotenv().parse(content);
  const out = { __proto__: null };
  for (let i = 0; i < pairs.length; i += 2) out[pairs[i]] = pairs[i + 1];
  return out;
}

/**
 * [op, value] pairs turning `expected` into `actual` (1: only in actual, -1: only in expected,
 * 0: in both), by the Myers diff assert uses for its messages, over characters or array items.
 */
function diff(actual, expected) {
  if (actual === expected) return [];
  validateDiffInput(actual, 'actual');
  validateDiffInput(expected, 'expected');
  const kOps = { insert: 1, delete: -1, nop: 0 };
  const ops = require('internal/assert/myers_diff').diffLines(actual, expected, false, Infinity);
  return ops.map(([op, value]) => [kOps[op], value]);
}

function validateDiffInput(value, name) {
  if (!Array.isArray(value)) {
    validateString(value, name);
    return;
  }
  for (let i = 0; i < value.length; i++) validateString(value[i], `${name}[${i}]`);
}

function convertProcessSignalToExitCode(signalCode) {
  const signals = require('os').constants.signals;
  // Anything but a known signal name (non-strings included) is an invalid value, as in Node.
  validateOneOf(signalCode, 'signalCode', Object.keys(signals));
  return 128 + signals[signalCode];
}

// Any truthy value turns it on, as in Node (no type check).
function setTraceSigInt(enable) {
  internalBinding('process').signals().traceSigint(!!enable);
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend: deprecate(_extend, 'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060'),
  callbackify,
  convertProcessSignalToExitCode,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray: deprecate(Array.isArray, 'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044'),
  isDeepStrictEqual,
  promisify,
  setTraceSigInt,
  stripVTControlCharacters,
  toUSVString,
  aborted,
  types,
  diff,
  parseEnv,
  parseArgs: function parseArgs(config) { return require('internal/util/parse_args').parseArgs(config); },
  transferableAbortSignal: function transferableAbortSignal(signal) {
    return require('internal/transferable_abort_signal').transferableAbortSignal(signal);
  },
  transferableAbortController: function transferableAbortController() {
    return require('internal/transferable_abort_signal').transferableAbortController();
  },
};
// TextEncoder/TextDecoder are the globals (provided by the buffer module), read when asked for.
for (const name of ['TextDecoder', 'TextEncoder']) {
  Object.defineProperty(module.exports, name, { __proto__: null,
    get() { return globalThis[name]; }, enumerable: true, configurable: true,
  });
}
// The MIME classes load on first use.
for (const name of ['MIMEParams', 'MIMEType']) {
  Object.defineProperty(module.exports, name, { __proto__: null,
    get() { return require('internal/mime')[name]; }, enumerable: true, configurable: true,
  });
}
