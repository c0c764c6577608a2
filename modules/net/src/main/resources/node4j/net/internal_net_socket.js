'use strict';
// net.Socket: a Duplex over a Java SocketHandle (TCP or Unix domain socket). The handle does the
// I/O on this thread with the channel non-blocking; this file keeps Node's stream semantics:
// connect/lookup, half-close, timeouts, the 'close' after the handle's close callback.
const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const binding = internalBinding('net');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_IP_ADDRESS, ERR_INVALID_ADDRESS_FAMILY,
    ERR_MISSING_ARGS, ERR_NOT_IMPLEMENTED, ERR_SOCKET_CLOSED, ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
    ERR_SOCKET_CONNECTION_TIMEOUT, ERR_IP_BLOCKED,
  },
  exceptionWithHostPort, errnoException,
} = require('internal/errors');
const {
  validateNumber, validatePort, validateFunction, validateString, validateAbortSignal, validateBoolean,
  validateInt32,
} = require('internal/validators');
const { normalizeArgs, normalizedArgsSymbol } = require('internal/net/args');
const { isIP } = require('internal/net/ip');
const { bufferFromJava } = require('internal/buffer_java');

const {
  installSocketProperties, kBytesRead, kBytesWritten, kTimeout, kTimeoutMs, kSetNoDelay, kSetKeepAlive,
  kKeepAliveDelay, kTypeOfService,
} = require('internal/net/socket_props');

const kReading = Symbol('kReading');
const kWriteCallbacks = Symbol('kWriteCallbacks');
const kShutdownCallback = Symbol('kShutdownCallback');
const kLocal = Symbol('kLocal');           // "addr:port" of an explicit local bind, for errors

// net.setDefaultAutoSelectFamily() and friends change these.
const defaults = { autoSelectFamily: true, autoSelectFamilyAttemptTimeout: 500 };   // Node 25's

let timers;
function timersModule() {
  return (timers ??= require('timers'));
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  if (options.fd !== undefined) throw new ERR_NOT_IMPLEMENTED('net.Socket over a file descriptor (options.fd)');
  if (options.onread != null) throw new ERR_NOT_IMPLEMENTED('net.Socket option onread');

  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this._peername = null;
  this._sockname = null;
  this._pendingData = null;
  this._pendingEncoding = '';
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  this[kReading] = false;
  this[kWriteCallbacks] = [];
  this[kShutdownCallback] = null;
  this[kTimeout] = null;
  this[kTimeoutMs] = undefined;
  this[kLocal] = undefined;

  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;       // 'close' comes from the handle's close callback
  options.autoDestroy = true;
  options.decodeStrings = false;   // strings go to the handle as they are
  Duplex.call(this, options);

  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kKeepAliveDelay] = ~~(options.keepAliveInitialDelay / 1000);

  this.on('end', onReadableStreamEnd);

  if (options.blockList) {
    if (!require('internal/net/blocklist').BlockList.isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }
  if (options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    const { signal } = options;
    const onAbort = () => this.destroy(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  this.server = null;
  this._server = null;
  // An accepted connection reads at once, unless the server pauses it (pauseOnConnect).
  if (options.handle) {
    attachHandle(this, options.handle);
    if (options.pauseOnCreate) this.pause();
    else if (options.readable !== false) this.read(0);
  }
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

function attachHandle(socket, handle) {
  socket._handle = handle;
  handle.callbacks(
    (bytes, code) => onRead(socket, handle, bytes, code),
    (code) => onWriteDone(socket, code),
    (code) => afterConnect(socket, handle, code),
    (code) => onShutdown(socket, code));
}

// ---- reading --------------------------------------------------------------------------------

function onRead(socket, handle, bytes, code) {
  if (socket._handle !== handle) return;
  socket._unrefTimer();
  if (bytes !== null) {
    const buf = bufferFromJava(bytes);
    socket[kBytesRead] += buf.length;
    if (!socket.push(buf) && socket[kReading]) {
      socket[kReading] = false;
      handle.readStop();
    }
    return;
  }
  socket[kReading] = false;
  if (code !== 'EOF') {
    socket.destroy(errnoException(code, 'read'));
    return;
  }
  socket.push(null);
  socket.read(0);
}

Socket.prototype._read = function(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this[kReading]) {
    this[kReading] = true;
    this._handle.readStart();
  }
};

// The peer has ended: without allowHalfOpen Duplex ends our side too; a later write gets EPIPE.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

// ---- writing --------------------------------------------------------------------------------

Socket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    const onClose = () => cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return;
  }
  this._unrefTimer();
  let buf;
  if (writev) {
    buf = data.length === 1 ? toBuffer(data[0].chunk, data[0].encoding)
      : Buffer.concat(data.map((d) => toBuffer(d.chunk, d.encoding)));
  } else {
    buf = toBuffer(data, encoding);
  }
  const result = this._handle.write(buf.buffer, buf.byteOffset, buf.byteLength);
  if (typeof result === 'string') {
    cb(errnoException(result, 'write'));
    return;
  }
  this[kBytesWritten] += buf.byteLength;
  if (result === 0) cb();   // all in the kernel; Writable defers the callback itself
  else this[kWriteCallbacks].push(cb);
};

function toBuffer(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.from(chunk, encoding);
  return chunk;
}

function onWriteDone(socket, code) {
  const cb = socket[kWriteCallbacks].shift();
  if (cb === undefined) return;
  socket._unrefTimer();
  if (code) cb(errnoException(code, 'write'));
  else cb();
}

Socket.prototype._write = function(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

Socket.prototype._writev = function(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._final = function(cb) {
  if (this.pending) {
    return this.once('connect', () => this._final(cb));
  }
  if (!this._handle) return cb();
  const err = this._handle.shutdown();
  if (err === 'ENOTCONN') return cb();
  if (err) return cb(errnoException(err, 'shutdown'));
  this[kShutdownCallback] = cb;
};

function onShutdown(socket, code) {
  const cb = socket[kShutdownCallback];
  socket[kShutdownCallback] = null;
  if (cb) cb();
}

// ---- closing --------------------------------------------------------------------------------

Socket.prototype._destroy = function(exception, cb) {
  if (this[kTimeout]) {
    clearTimeout(this[kTimeout]);
    this[kTimeout] = null;
  }
  this.connecting = false;
  if (this._handle) {
    const isException = Boolean(exception);
    const pendingWrites = this[kWriteCallbacks];
    this[kWriteCallbacks] = [];
    this._handle.close(() => {
      for (const writeCb of pendingWrites) writeCb();   // cancelled with the handle, as libuv does
      this.emit('close', isException);
    });
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(() => this.emit('close', Boolean(exception)));
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype.resetAndDestroy = function() {
  if (this._handle) {
    if (this.connecting) {
      this.once('connect', () => this.resetAndDestroy());
      return this;
    }
    this._handle.resetOnClose();
  }
  this.destroy();
  return this;
};

// ---- connecting -----------------------------------------------------------------------------

Socket.prototype.connect = function(...args) {
  const normalized = Array.isArray(args[0]) && args[0][normalizedArgsSymbol] ? args[0] : normalizeArgs(args);
  const [options, cb] = normalized;
  if (options.port === undefined && options.path == null) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  if (cb !== null) this.once('connect', cb);
  if (options.timeout) this.setTimeout(options.timeout);
  this.connecting = true;
  const { path } = options;
  if (path != null) {
    validateString(path, 'options.path');
    process.nextTick(() => {
      if (this.connecting) connectHandle(this, () => binding.connectPipe(path, (h) => attachHandle(this, h)), path);
    });
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port } = options;
  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;
  if (options.host !== undefined && typeof options.host !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.host', 'string', options.host);
  }
  if (isIP(host)) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, localAddress, localPort);
    });
    return;
  }
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dnsOptions = { family: socketToDnsFamily(options.family), hints: options.hints || 0 };
  let { autoSelectFamily, autoSelectFamilyAttemptTimeout } = options;
  if (autoSelectFamily !== undefined) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = defaults.autoSelectFamily;
  if (autoSelectFamilyAttemptTimeout !== undefined) {
    validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (autoSelectFamilyAttemptTimeout < 10) autoSelectFamilyAttemptTimeout = 10;
  } else {
    autoSelectFamilyAttemptTimeout = defaults.autoSelectFamilyAttemptTimeout;
  }
  const lookup = options.lookup || require('dns').lookup;
  self._host = host;
  if (dnsOptions.family !== 4 && dnsOptions.family !== 6 && !localAddress && autoSelectFamily) {
    dnsOptions.all = true;
    lookup(host, dnsOptions, (err, addresses) => connectToAny(self, err, addresses, host, port, options,
      autoSelectFamilyAttemptTimeout));
    return;
  }
  lookup(host, dnsOptions, (err, ip, addressType) => {
    self.emit('lookup', err, ip, addressType, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(() => self.destroy(err));
    } else if (!isIP(ip)) {
      process.nextTick(() => self.destroy(new ERR_INVALID_IP_ADDRESS(ip)));
    } else if (addressType !== 4 && addressType !== 6) {
      process.nextTick(() => self.destroy(new ERR_INVALID_ADDRESS_FAMILY(addressType, options.host, options.port)));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, localAddress, localPort);
    }
  });
}

// autoSelectFamily (happy eyeballs, RFC 8305): every address the lookup gave, families alternating
// from the first one's, each tried for at most the attempt timeout until one connects.
function connectToAny(self, err, addresses, host, port, options, attemptTimeout) {
  if (!self.connecting) return;
  if (err) {
    self.emit('lookup', err, undefined, undefined, host);
    process.nextTick(() => self.destroy(err));
    return;
  }
  const byFamily = { 4: [], 6: [] };
  for (let i = 0; i < addresses.length; i++) {
    const { address: ip, family } = addresses[i];
    self.emit('lookup', err, ip, family, host);
    if (isIP(ip) && (family === 4 || family === 6)) byFamily[family].push(ip);
  }
  if (byFamily[4].length + byFamily[6].length === 0) {
    const { address: ip, family } = addresses[0] || {};
    const error = !isIP(ip) ? new ERR_INVALID_IP_ADDRESS(ip)
      : new ERR_INVALID_ADDRESS_FAMILY(family, options.host, options.port);
    process.nextTick(() => self.destroy(error));
    return;
  }
  if (byFamily[4].length + byFamily[6].length === 1) {
    self._unrefTimer();
    internalConnect(self, byFamily[4][0] ?? byFamily[6][0], port);
    return;
  }
  const first = addresses.find((a) => isIP(a.address) && (a.family === 4 || a.family === 6)).family;
  const [a, b] = first === 6 ? [byFamily[6], byFamily[4]] : [byFamily[4], byFamily[6]];
  const order = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) order.push(a[i]);
    if (i < b.length) order.push(b[i]);
  }
  self.autoSelectFamilyAttemptedAddresses = [];
  const errors = [];
  const attempt = (i) => {
    if (!self.connecting) return;
    if (i === order.length) {
      self.destroy(errors.length === 0 ? new ERR_SOCKET_CONNECTION_TIMEOUT() : aggregate(errors));
      return;
    }
    self.autoSelectFamilyAttemptedAddresses.push(`${order[i]}:${port}`);
    let timer = null;
    self[kAttempt] = (error) => {   // the connect result for this attempt (null: connected)
      if (timer) clearTimeout(timer);
      self[kAttempt] = null;
      if (error === null) return true;
      errors.push(error);
      const failed = self._handle;
      self._handle = null;
      if (failed) failed.close(null);
      attempt(i + 1);
      return false;
    };
    internalConnect(self, order[i], port);
    if (i < order.length - 1 && self[kAttempt]) {
      timer = timersModule().setTimeout(() => {
        timer = null;
        const failed = self._handle;
        self._handle = null;
        self[kAttempt] = null;
        if (failed) failed.close(null);
        attempt(i + 1);
      }, attemptTimeout);
      timer.unref();
    }
  };
  attempt(0);
}
const kAttempt = Symbol('kAttempt');

function aggregate(errors) {
  const err = new AggregateError(errors);
  err.code = errors[0]?.code;
  return err;
}

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4': return 4;
    case 'IPv6': return 6;
  }
  return family;
}

function internalConnect(self, address, port, localAddress, localPort) {
  if (self.blockList?.check(address, `ipv${isIP(address)}`)) {
    self.destroy(new ERR_IP_BLOCKED(address));
    return;
  }
  if (localAddress && localPort) self[kLocal] = `${localAddress}:${localPort}`;
  connectHandle(self, () => binding.connectTcp(address, port,
    localAddress || (localPort ? (isIP(address) === 6 ? '::' : '0.0.0.0') : null), localPort | 0,
    (h) => attachHandle(self, h)), address, port);
}

// Opens the handle; a failure to even start (a bad local address) is reported as connect's.
function connectHandle(self, open, address, port) {
  const result = open();
  self[kConnectTarget] = [address, port];
  if (typeof result === 'string') {
    self._handle = null;
    failConnect(self, exceptionWithHostPort(result, 'connect', address, port, self[kLocal]));
  }
}

function failConnect(self, error) {
  if (self[kAttempt]) self[kAttempt](error);
  else self.destroy(error);
}
const kConnectTarget = Symbol('kConnectTarget');

function afterConnect(self, handle, code) {
  if (self.destroyed || self._handle !== handle) return;
  self.connecting = false;
  self._sockname = null;
  if (code) {
    const [address, port] = self[kConnectTarget] || [];
    self.connecting = true;   // until every address was tried
    failConnect(self, exceptionWithHostPort(code, 'connect', address, port, self[kLocal]));
    return;
  }
  if (self[kAttempt]) self[kAttempt](null);
  if (self[kSetNoDelay]) handle.setNoDelay(true);
  if (self[kSetKeepAlive]) handle.setKeepAlive(true, self[kKeepAliveDelay]);
  if (self[kTypeOfService] !== undefined) handle.setTypeOfService(self[kTypeOfService]);
  self._unrefTimer();
  self.emit('connect');
  self.emit('ready');
  if (self.readable && !self.isPaused()) self.read(0);
}

installSocketProperties(Socket.prototype);

Socket.prototype.end = function(data, encoding, callback) {
  Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

// Wraps an accepted handle (net.Server's 'connection').
function socketForHandle(handle, options) {
  return new Socket({ handle, ...options });
}

module.exports = { Socket, socketForHandle, defaults };
