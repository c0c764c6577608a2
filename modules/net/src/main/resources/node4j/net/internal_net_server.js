'use strict';
// net.Server: an EventEmitter over a Java ServerHandle (TCP or Unix domain socket); each accepted
// connection becomes a net.Socket and a 'connection' event.
const EventEmitter = require('events');
const binding = internalBinding('net');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_NOT_IMPLEMENTED, ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
  },
  uvExceptionWithHostPort, errnoException,
} = require('internal/errors');
const { validatePort, validateNumber, validateAbortSignal } = require('internal/validators');
const { normalizeArgs, toNumber, isPipeName } = require('internal/net/args');
const { isIP } = require('internal/net/ip');
const { socketForHandle } = require('internal/net/socket');

const DEFAULT_IPV6_ADDR = '::';
const DEFAULT_IPV4_ADDR = '0.0.0.0';

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (options.blockList) {
    if (!require('internal/net/blocklist').BlockList.isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (options.highWaterMark !== undefined) validateNumber(options.highWaterMark, 'options.highWaterMark', 0);

  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this._pipeName = undefined;
  this._connectionKey = undefined;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = Boolean(options.pauseOnConnect);
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? require('stream').getDefaultHighWaterMark(false);
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Server.prototype.listen = function(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
  options = options._handle || options.handle || options;
  if (options !== normalized[0] || typeof options.fd === 'number') {
    throw new ERR_NOT_IMPLEMENTED('net.Server.listen() on an existing handle or file descriptor');
  }
  if (options.signal !== undefined) {
    validateAbortSignal(options.signal, 'options.signal');
    const { signal } = options;
    if (signal.aborted) {
      process.nextTick(() => this.close());
    } else {
      const onAbort = () => this.close();
      signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  if (options.ipv6Only) throw new ERR_NOT_IMPLEMENTED('net.Server.listen() option ipv6Only');
  if (options.readableAll || options.writableAll) {
    throw new ERR_NOT_IMPLEMENTED('net.Server.listen() options readableAll and writableAll');
  }
  // No port, a null port or a port given as undefined: any free port.
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    const port = validatePort(options.port, 'options.port');
    const backlog = options.backlog || backlogFromArgs;
    if (options.host) lookupAndListen(this, port, options.host, backlog);
    else listenTcp(this, null, port, backlog);
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    const backlog = options.backlog || backlogFromArgs;
    listenPipe(this, options.path, backlog);
    return this;
  }
  if (!('port' in options) && !('path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

function lookupAndListen(server, port, host, backlog) {
  const onAddress = (err, ip) => {
    if (err) server.emit('error', err);
    else listenTcp(server, ip, port, backlog);
  };
  if (isIP(host)) process.nextTick(onAddress, null, host);
  else require('dns').lookup(host, onAddress);
}

function listenTcp(server, address, port, backlog) {
  let handle;
  if (address) {
    handle = binding.listenTcp(address, port, backlog || 511);
  } else {
    // Both stacks through '::' when the machine has IPv6, '0.0.0.0' when it has not.
    address = DEFAULT_IPV6_ADDR;
    handle = binding.listenTcp(address, port, backlog || 511);
    if (handle === 'EAFNOSUPPORT' || handle === 'EADDRNOTAVAIL') {
      address = DEFAULT_IPV4_ADDR;
      handle = binding.listenTcp(address, port, backlog || 511);
    }
  }
  if (typeof handle === 'string') {
    process.nextTick(() => server.emit('error', uvExceptionWithHostPort(handle, 'listen', address, port)));
    return;
  }
  startListening(server, handle, `${isIP(address)}:${address}:${port}`);
}

function listenPipe(server, path, backlog) {
  const handle = binding.listenPipe(path, backlog || 511);
  if (typeof handle === 'string') {
    process.nextTick(() => server.emit('error', uvExceptionWithHostPort(handle, 'listen', path, -1)));
    return;
  }
  server._pipeName = path;
  startListening(server, handle, `-1:${path}:-1`);
}

function startListening(server, handle, key) {
  server._handle = handle;
  server._connectionKey = key;
  if (server._unref) handle.unref();
  handle.listen((clientHandle, code) => onConnection(server, clientHandle, code));
  process.nextTick(() => {
    if (server._handle) server.emit('listening');
  });
}

function onConnection(server, clientHandle, code) {
  if (code) {
    server.emit('error', errnoException(code, 'accept'));
    return;
  }
  if (server.blockList) {
    // A peer the block list names is closed before it becomes a socket.
    const [address] = clientHandle.peername() || [];
    const family = isIP(address);
    if (family && server.blockList.check(address, `ipv${family}`)) {
      clientHandle.close(null);
      return;
    }
  }
  if (server.maxConnections != null && server._connections >= server.maxConnections) {
    const local = clientHandle.sockname() || [];
    const remote = clientHandle.peername() || [];
    server.emit('drop', {
      __proto__: null,
      localAddress: local[0], localPort: local[2], localFamily: local[1],
      remoteAddress: remote[0], remotePort: remote[2], remoteFamily: remote[1],
    });
    clientHandle.close(null);
    return;
  }
  const socket = socketForHandle(clientHandle, {
    allowHalfOpen: server.allowHalfOpen,
    pauseOnCreate: server.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: server.highWaterMark,
    writableHighWaterMark: server.highWaterMark,
  });
  if (server.noDelay) socket.setNoDelay(true);
  if (server.keepAlive) socket.setKeepAlive(true, server.keepAliveInitialDelay * 1000);
  server._connections++;
  socket.server = server;
  socket._server = server;
  server.emit('connection', socket);
}

Server.prototype.address = function() {
  if (this._handle) {
    const parts = this._handle.sockname();
    if (parts === null) return null;
    if (parts.length === 1) return parts[0];
    return { address: parts[0], family: parts[1], port: parts[2] };
  }
  return this._pipeName ?? null;
};

Object.defineProperty(Server.prototype, 'listening', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return Boolean(this._handle && this._connectionKey);
  },
});

Server.prototype.getConnections = function(cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.close = function(cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() {
        cb(new ERR_SERVER_NOT_RUNNING());
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close(null);
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function() {
  if (this._handle || this._connections) return;
  process.nextTick(() => this.emit('close'));
};

Server.prototype.ref = function() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

if (typeof Symbol.asyncDispose === 'symbol') {
  Server.prototype[Symbol.asyncDispose] = async function() {
    if (!this._handle) return;
    await new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  };
}

module.exports = { Server };
