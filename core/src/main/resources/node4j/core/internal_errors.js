'use strict';
// Node's error classes and codes, from one place. Each code is a class named after its base
// (Error, TypeError, RangeError) whose instances carry `code`, print as `TypeError [CODE]: msg`
// and have Node's message. Java bindings reach makeError/uvException through the bootstrap.

const messages = new Map();
const codes = {};

function inspectValue(v) {
  // The exact shape util.inspect gives primitives; objects defer to util when it is loaded.
  switch (typeof v) {
    case 'string': {
      const q = !v.includes("'") ? "'" : !v.includes('"') ? '"' : !v.includes('`') ? '`' : "'";
      const escaped = v.replace(/[\\\n\t\r\b\f\v]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\t': '\\t',
        '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v' })[c]);
      return q + (q === "'" ? escaped.replace(/'/g, "\\'") : escaped) + q;
    }
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return `${v}n`;
    case 'symbol': return v.toString();
    case 'undefined': return 'undefined';
    case 'boolean': return String(v);
    case 'function': return v.name ? `[Function: ${v.name}]` : '[Function (anonymous)]';
    default: {
      if (v === null) return 'null';
      try {
        const core = require('internal/core');
        const util = core.loadedBuiltin('util') || (core.binding.isBuiltin('util') ? require('util') : undefined);
        if (util) return util.inspect(v);
      } catch { /* util unavailable or still loading: fall through */ }
      if (Array.isArray(v)) return `[ ${v.map(inspectValue).join(', ')} ]`;
      try { return JSON.stringify(v) || String(v); } catch { return String(v); }
    }
  }
}

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return `an instance of ${value.constructor.name}`;
    return inspectValue(value);
  }
  let inspected = inspectValue(value);
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return `type ${typeof value} (${inspected})`;
}

/** Sets up `err` the way Node's errors look: stack header `Name [CODE]: message`. */
function decorate(err, code) {
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  const name = err.name;
  err.name = `${name} [${code}]`;
  void err.stack;   // the header is formatted with the name as it is now
  delete err.name;
  return err;
}

function makeNodeErrorClass(Base, code) {
  const cls = class extends Base {
    constructor(...args) {
      const msg = messages.get(code);
      super(typeof msg === 'function' ? msg(...args) : msg);
      decorate(this, code);
    }
    toString() { return `${this.name} [${code}]: ${this.message}`; }
  };
  Object.defineProperty(cls, 'name', { value: Base.name });
  return cls;
}

// A code's class is made on first use: most programs touch a handful of the codes, and making
// a class costs about a millisecond in GraalJS's interpreter at start-up.
function E(code, message, Base, extend) {
  messages.set(code, message);
  Object.defineProperty(codes, code, {
    configurable: true,
    enumerable: true,
    get() {
      const cls = makeNodeErrorClass(Base, code);
      if (extend) extend(cls);
      Object.defineProperty(codes, code, { value: cls, writable: true, configurable: true, enumerable: true });
      return cls;
    },
    set(value) {
      Object.defineProperty(codes, code, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const classRegExp = /^([A-Z][a-z0-9]*)+$/;

function formatList(list, kind) {
  if (list.length > 2) {
    const last = list[list.length - 1];
    return `${kind}${list.slice(0, -1).join(', ')}, or ${last}`;
  }
  if (list.length === 2) return `${kind}${list[0]} or ${list[1]}`;
  return `${kind}${list[0]}`;
}

E('ERR_INVALID_ARG_TYPE', (name, expected, actual) => {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) msg += `${name} `;
  else msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) { types.splice(pos, 1); instances.push('Object'); }
  }
  const parts = [];
  if (types.length > 0) parts.push(formatList(types, types.length > 1 ? 'one of type ' : 'of type '));
  if (instances.length > 0) {
    parts.push(instances.length > 2 ? formatList(instances, 'an instance of ')
      : `an instance of ${instances[0]}` + (instances.length === 2 ? ` or ${instances[1]}` : ''));
  }
  if (other.length > 0) {
    if (other.length > 1) parts.push(formatList(other, 'one of '));
    else parts.push((other[0].toLowerCase() !== other[0] ? 'an ' : '') + other[0]);
  }
  return `${msg}${parts.join(' or ')}. Received ${determineSpecificType(actual)}`;
}, TypeError);

E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = inspectValue(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, (cls) => {
  // Node raises this code as a RangeError in places (new ERR_INVALID_ARG_VALUE.RangeError(...)).
  cls.RangeError = makeNodeErrorClass(RangeError, 'ERR_INVALID_ARG_VALUE');
});

E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspectValue(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);

E('ERR_MISSING_ARGS', (...args) => {
  let msg = 'The ';
  const wrap = (a) => `"${a}"`;
  const names = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  if (names.length === 1) msg += `${names[0]} argument`;
  else if (names.length === 2) msg += `${names[0]} and ${names[1]} arguments`;
  else msg += `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]} arguments`;
  return `${msg} must be specified`;
}, TypeError);

E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`,
TypeError);

E('ERR_UNHANDLED_REJECTION', (msg) => 'This error originated either by throwing inside of an async ' +
  'function without a catch block, or by rejecting a promise which was not handled with .catch().' +
  ` The promise rejected with the reason "${msg}".`, Error);
// Callers pass the already-inspected value, as Node's EventEmitter does.
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_METHOD_NOT_IMPLEMENTED', (method) => `The ${method} method is not implemented`, Error);
E('ERR_OPERATION_FAILED', (msg) => `Operation failed: ${msg}`, Error);
E('ERR_NOT_IMPLEMENTED', (what) => `${what} is not implemented in node4j`, Error);
E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', (f) => `The feature ${f} is unavailable on the current platform` +
  ', which is being used to run Node.js', TypeError);
E('ERR_INVALID_THIS', (type) => `Value of "this" must be of type ${type}`, TypeError);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_INVALID_OBJECT_DEFINE_PROPERTY', (msg) => msg, TypeError);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET', '`process.setupUncaughtExceptionCapture()` was called while a ' +
  'capture callback was already active', Error);
E('ERR_CONSTRUCT_CALL_REQUIRED', (name) => `Class constructor ${name} cannot be invoked without \`new\``, TypeError);
E('ERR_INVALID_STATE', (msg) => `Invalid state: ${msg}`, Error);
E('ERR_UNKNOWN_SIGNAL', (sig) => `Unknown signal: ${sig}`, TypeError);
E('ERR_UNKNOWN_CREDENTIAL', (kind, id) => `${kind} identifier does not exist: ${id}`, Error);
E('ERR_UNKNOWN_ENCODING', (enc) => `Unknown encoding: ${enc}`, TypeError);
E('ERR_INVALID_CALLBACK', (cb) => `Callback must be a function. Received ${inspectValue(cb)}`, TypeError);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_DESTROYED', (name) => `Cannot call ${name} after a stream was destroyed`, Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_ALREADY_FINISHED', (name) => `Cannot call ${name} after a stream was finished`, Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value', Error);
E('ERR_INVALID_FILE_URL_HOST', (platform) => `File URL host must be "localhost" or empty on ${platform}`, TypeError);
E('ERR_INVALID_FILE_URL_PATH', (msg) => `File URL path ${msg}`, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => `The URL must be of scheme ${expected}`, TypeError);
E('ERR_INVALID_URL', (input) => `Invalid URL`, TypeError);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => (name
  ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'), RangeError);
E('ERR_BUFFER_TOO_LARGE', (max) => `Cannot create a Buffer larger than ${max} bytes`, RangeError);
E('ERR_BROTLI_INVALID_PARAM', (p) => `${p} is not a valid Brotli parameter`, RangeError);
E('ERR_ZSTD_INVALID_PARAM', (p) => `${p} is not a valid zstd parameter`, RangeError);
E('ERR_INVALID_BUFFER_SIZE', (s) => `Buffer size must be a multiple of ${s}`, RangeError);
E('ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x1fffffe8 characters', Error);
E('ERR_ENCODING_INVALID_ENCODED_DATA', (enc) => `The encoded data was not valid for encoding ${enc}`, TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', (enc) => `The "${enc}" encoding is not supported`, RangeError);
E('ERR_FS_FILE_TOO_LARGE', (size) => `File size (${size}) is greater than 2 GiB`, RangeError);
E('ERR_FS_EISDIR', 'Path is a directory', Error);
E('ERR_FS_CP_EINVAL', (msg) => msg, Error);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION', 'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_EVENT_RECURSION', (type) => `The event "${type}" is already being dispatched`, Error);
E('ERR_INVALID_ARG_VALUE_RANGE', (msg) => msg, RangeError);
E('ERR_ASSERTION', (msg) => msg, Error);
E('ERR_AMBIGUOUS_ARGUMENT', (arg, msg) => `The "${arg}" argument is ambiguous. ${msg}`, TypeError);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_INVALID_PACKAGE_CONFIG', (msg) => msg, Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', (m) => `No such built-in module: ${m}`, Error);
E('ERR_REQUIRE_ESM', (file) => `require() of ES Module ${file} not supported.`, Error);
E('ERR_SYSTEM_ERROR', (msg) => msg, Error);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) =>
  `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. Received ${determineSpecificType(port)}.`, RangeError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_HTTP_HEADERS_SENT', (action) => `Cannot ${action} headers after they are sent to the client`, Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', (value, name) => `Invalid value "${value}" for header "${name}"`, TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', (code) => `Invalid status code: ${code}`, RangeError);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_HTTP_BODY_NOT_ALLOWED', 'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH', (bodyLength, contentLength) =>
  `Response body's content-length of ${bodyLength} byte(s) does not match the content-length of ` +
  `${contentLength} byte(s) set in header`, Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING', 'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_INVALID_CHAR', (name, field = undefined) =>
  (field === undefined ? `Invalid character in ${name}` : `Invalid character in ${name} ["${field}"]`), TypeError);
E('ERR_INVALID_HTTP_TOKEN', (name, field) => `${name} must be a valid HTTP token ["${field}"]`, TypeError);
E('ERR_INVALID_PROTOCOL', (protocol, expected) => `Protocol "${protocol}" not supported. Expected "${expected}"`,
  TypeError);
E('ERR_UNESCAPED_CHARACTERS', (name) => `${name} contains unescaped characters`, TypeError);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_INVALID_IP_ADDRESS', (ip) => `Invalid IP address: ${ip}`, TypeError);
E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
E('ERR_IP_BLOCKED', (ip) => `IP(${ip}) is blocked by net.BlockList`, Error);
E('ERR_INVALID_ADDRESS_FAMILY', (family, host, port) => `Invalid address family: ${family} ${host}:${port}`, RangeError);
E('ERR_CRYPTO_INVALID_DIGEST', (d) => `Invalid digest: ${d}`, TypeError);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', RangeError);

// AbortError is not a NodeError: plain Error subclass with code ABORT_ERR.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

/** A NodeError for a code raised from Java: class by name, message already formatted. */
function makeError(jsClass, code, message) {
  const Base = globalThis[jsClass] || Error;
  if (/^E[A-Z0-9]+$/.test(code) && !code.startsWith('ERR_')) {
    const err = new Base(message);
    err.code = code;
    const errno = uvErrno[code];
    if (errno !== undefined) err.errno = errno[0];
    return err;
  }
  const err = new Base(message);
  decorate(err, code);
  return err;
}

// libuv's codes on Linux: [errno, description].
const uvErrno = {
  EPERM: [-1, 'operation not permitted'], ENOENT: [-2, 'no such file or directory'],
  ESRCH: [-3, 'no such process'], EINTR: [-4, 'interrupted system call'], EIO: [-5, 'i/o error'],
  ENXIO: [-6, 'no such device or address'], E2BIG: [-7, 'argument list too long'],
  EBADF: [-9, 'bad file descriptor'], EAGAIN: [-11, 'resource temporarily unavailable'],
  ENOMEM: [-12, 'not enough memory'], EACCES: [-13, 'permission denied'], EFAULT: [-14, 'bad address in system call argument'],
  EBUSY: [-16, 'resource busy or locked'], EEXIST: [-17, 'file already exists'],
  EXDEV: [-18, 'cross-device link not permitted'], ENODEV: [-19, 'no such device'],
  ENOTDIR: [-20, 'not a directory'], EISDIR: [-21, 'illegal operation on a directory'],
  EINVAL: [-22, 'invalid argument'], ENFILE: [-23, 'file table overflow'], EMFILE: [-24, 'too many open files'],
  ENOTTY: [-25, 'inappropriate ioctl for device'], ETXTBSY: [-26, 'text file is busy'],
  EFBIG: [-27, 'file too large'], ENOSPC: [-28, 'no space left on device'], ESPIPE: [-29, 'invalid seek'],
  EROFS: [-30, 'read-only file system'], EMLINK: [-31, 'too many links'], EPIPE: [-32, 'broken pipe'],
  ERANGE: [-34, 'result too large'], ENAMETOOLONG: [-36, 'name too long'], ENOSYS: [-38, 'function not implemented'],
  ENOTEMPTY: [-39, 'directory not empty'], ELOOP: [-40, 'too many symbolic links encountered'],
  ENOTSOCK: [-88, 'socket operation on non-socket'], EMSGSIZE: [-90, 'message too long'],
  ENOTSUP: [-95, 'operation not supported on socket'], EAFNOSUPPORT: [-97, 'address family not supported'],
  EADDRINUSE: [-98, 'address already in use'],
  EADDRNOTAVAIL: [-99, 'address not available'], ENETUNREACH: [-101, 'network is unreachable'],
  ECONNABORTED: [-103, 'software caused connection abort'], ECONNRESET: [-104, 'connection reset by peer'],
  ENOBUFS: [-105, 'no buffer space available'], EISCONN: [-106, 'socket is already connected'],
  ENOTCONN: [-107, 'socket is not connected'], ETIMEDOUT: [-110, 'connection timed out'],
  ECONNREFUSED: [-111, 'connection refused'], EHOSTUNREACH: [-113, 'host is unreachable'],
  EALREADY: [-114, 'connection already in progress'], ECANCELED: [-125, 'operation canceled'],
  EOF: [-4095, 'end of file'],
};

/** A system error as Node's fs/net raise it: `ENOENT: no such file or directory, open '/x'`. */
function uvException({ code, syscall, path, dest, message }) {
  const [errno, desc] = uvErrno[code] || [-1, 'unknown error'];
  let msg = `${code}: ${message || desc}, ${syscall}`;
  if (path != null) msg += ` '${path}'`;
  if (dest != null) msg += ` -> '${dest}'`;
  const err = new Error(msg);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (path != null) err.path = path;
  if (dest != null) err.dest = dest;
  return err;
}

// Socket errors as Node's net raises them; `port` is left out of the text when 0 or absent.
function hostPortDetails(address, port) {
  if (port && port > 0) return ` ${address}:${port}`;
  return address ? ` ${address}` : '';
}

/** A failed bind or listen: `listen EADDRINUSE: address already in use :::8080`. */
function uvExceptionWithHostPort(code, syscall, address, port) {
  const [errno, desc] = uvErrno[code] || [-1, 'unknown error'];
  const err = new Error(`${syscall} ${code}: ${desc}${hostPortDetails(address, port)}`);
  err.code = code;
  err.errno = errno;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

/** A failed connect: `connect ECONNREFUSED 127.0.0.1:1`, plus ` - Local (a:p)` when bound. */
function exceptionWithHostPort(code, syscall, address, port, additional) {
  let details = hostPortDetails(address, port);
  if (additional) details += ` - Local (${additional})`;
  const err = new Error(`${syscall} ${code}${details}`);
  err.errno = (uvErrno[code] || [-1])[0];
  err.code = code;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

/** A failed read, write or shutdown on a socket: `read ECONNRESET`. */
function errnoException(code, syscall, original) {
  const err = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  err.errno = (uvErrno[code] || [-1])[0];
  err.code = code;
  err.syscall = syscall;
  return err;
}

module.exports = {
  codes, AbortError, makeError, uvException, uvExceptionWithHostPort, exceptionWithHostPort, errnoException, uvErrno, inspectValue, determineSpecificType,
  addNumericalSeparator, decorate,
};
