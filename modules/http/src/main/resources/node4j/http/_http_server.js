'use strict';
// http.Server and http.ServerResponse: a net.Server whose connections each get a parser; every
// parsed request becomes a 'request' event with its response. Responses to pipelined requests
// leave in order (one holds the socket, the rest wait), as in Node.
const net = require('net');
const { Buffer } = require('buffer');
const {
  codes: { ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_STATUS_CODE, ERR_HTTP_SOCKET_ASSIGNED, ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR, ERR_HTTP_SOCKET_ENCODING, ERR_HTTP_REQUEST_TIMEOUT },
} = require('internal/errors');
const { validateInteger, validateBoolean, validateObject } = require('internal/validators');
const { OutgoingMessage, kOutHeaders } = require('_http_outgoing');
const {
  chunkExpression, continueExpression, kIncomingMessage, kDefaultMaxHeaderSize, checkInvalidHeaderChar, createParser,
  parseError,
} = require('_http_common');
const { IncomingMessage } = require('_http_incoming');

const STATUS_CODES = {
  100: 'Continue',
  101: 'Switching Protocols',
  102: 'Processing',
  103: 'Early Hints',
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  203: 'Non-Authoritative Information',
  204: 'No Content',
  205: 'Reset Content',
  206: 'Partial Content',
  207: 'Multi-Status',
  208: 'Already Reported',
  226: 'IM Used',
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  305: 'Use Proxy',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  417: 'Expectation Failed',
  418: "I'm a Teapot",
  421: 'Misdirected Request',
  422: 'Unprocessable Entity',
  423: 'Locked',
  424: 'Failed Dependency',
  425: 'Too Early',
  426: 'Upgrade Required',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates',
  507: 'Insufficient Storage',
  508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded',
  510: 'Not Extended',
  511: 'Network Authentication Required',
};

const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('http.server.connections');

// ---- ServerResponse -------------------------------------------------------------------------

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype.statusCode = 200;
ServerResponse.prototype.statusMessage = undefined;

ServerResponse.prototype._finish = function() {
  OutgoingMessage.prototype._finish.call(this);
};

function onServerResponseClose() {
  const res = this._httpMessage;
  if (res) {
    res.destroyed = true;
    res._closed = true;
    res.emit('close');
  }
}

ServerResponse.prototype.assignSocket = function(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function(socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

ServerResponse.prototype.writeEarlyHints = function(hints, cb) {
  validateObject(hints, 'hints');
  if (hints.link === null || hints.link === undefined) return;
  let head = 'HTTP/1.1 103 Early Hints\r\n';
  const links = Array.isArray(hints.link) ? hints.link : [hints.link];
  for (const link of links) {
    if (checkInvalidHeaderChar(link)) throw new ERR_INVALID_CHAR('header content', 'Link');
  }
  head += 'Link: ' + links.join(', ') + '\r\n';
  for (const key of Object.keys(hints)) {
    if (key !== 'link') head += key + ': ' + hints[key] + '\r\n';
  }
  head += '\r\n';
  this._writeRaw(head, 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;
  let headers;
  if (this[kOutHeaders]) {
    // Headers set before and given here: those given win.
    if (Array.isArray(obj)) {
      if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
      for (let n = 0; n < obj.length; n += 2) this.removeHeader(obj[n]);
      for (let n = 0; n < obj.length; n += 2) {
        if (obj[n]) this.appendHeader(obj[n], obj[n + 1]);
      }
    } else if (obj) {
      for (const k of Object.keys(obj)) {
        if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }
  if (checkInvalidHeaderChar(this.statusMessage)) throw new ERR_INVALID_CHAR('statusMessage');
  const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) this._hasBody = false;
  // A client waiting for 100 Continue that got a final status may still send its body.
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(statusLine, headers);
  return this;
};

// DEP0063 since Node 25: warns once, then writes the head.
let writeHeaderWarned = false;
ServerResponse.prototype.writeHeader = function writeHeader(...args) {
  if (!writeHeaderWarned) {
    writeHeaderWarned = true;
    process.emitWarning('ServerResponse.prototype.writeHeader is deprecated.', 'DeprecationWarning', 'DEP0063');
  }
  return this.writeHead(...args);
};

// ---- Server ---------------------------------------------------------------------------------

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  const { maxHeaderSize } = options;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  const { insecureHTTPParser } = options;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  const { requestTimeout = 300000 } = options;
  validateInteger(requestTimeout, 'requestTimeout', 0);
  this.requestTimeout = requestTimeout;
  const { headersTimeout = 60000 } = options;
  validateInteger(headersTimeout, 'headersTimeout', 0);
  this.headersTimeout = headersTimeout;
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw new (require('internal/errors').codes.ERR_OUT_OF_RANGE)('headersTimeout', '<= requestTimeout',
      headersTimeout);
  }
  const { keepAliveTimeout = 5000 } = options;
  validateInteger(keepAliveTimeout, 'keepAliveTimeout', 0);
  this.keepAliveTimeout = keepAliveTimeout;
  const { connectionsCheckingInterval = 30000 } = options;
  validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
  this.connectionsCheckingInterval = connectionsCheckingInterval;
  const { requireHostHeader = true } = options;
  validateBoolean(requireHostHeader, 'options.requireHostHeader');
  this.requireHostHeader = requireHostHeader;
  const { joinDuplicateHeaders } = options;
  if (joinDuplicateHeaders !== undefined) validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = joinDuplicateHeaders;
  const { rejectNonStandardBodyWrites = false } = options;
  validateBoolean(rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
  this.rejectNonStandardBodyWrites = rejectNonStandardBodyWrites;
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  storeHTTPOptions.call(this, options);
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.on('listening', startConnectionsCheck);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this[kConnections] = new Set();
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.close = function(...args) {
  clearInterval(this[kConnectionsCheck]);
  this.closeIdleConnections();
  return net.Server.prototype.close.apply(this, args);
};

if (typeof Symbol.asyncDispose === 'symbol') {
  Server.prototype[Symbol.asyncDispose] = async function() {
    if (!this.listening) return;
    await new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  };
}

Server.prototype.closeAllConnections = function() {
  for (const socket of this[kConnections]) socket.destroy();
};

Server.prototype.closeIdleConnections = function() {
  for (const socket of this[kConnections]) {
    if (!socket._httpMessage && socket[kParserState]?.requests.length === 0) socket.destroy();
  }
};

Server.prototype.setTimeout = function(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

// requestTimeout and headersTimeout: checked every connectionsCheckingInterval, as Node does.
const kConnectionsCheck = Symbol('kConnectionsCheck');
function startConnectionsCheck() {
  if (this.connectionsCheckingInterval <= 0 || (this.headersTimeout <= 0 && this.requestTimeout <= 0)) return;
  clearInterval(this[kConnectionsCheck]);
  this[kConnectionsCheck] = setInterval(() => checkConnections(this), this.connectionsCheckingInterval).unref();
}

function checkConnections(server) {
  const now = Date.now();
  for (const socket of server[kConnections]) {
    const state = socket[kParserState];
    if (!state || state.requestStart === 0) continue;
    const headersLate = server.headersTimeout > 0 && !state.headersDone && now - state.requestStart > server.headersTimeout;
    const requestLate = server.requestTimeout > 0 && now - state.requestStart > server.requestTimeout;
    if (headersLate || requestLate) socketOnError.call(socket, new ERR_HTTP_REQUEST_TIMEOUT());
  }
}

// ---- a connection ---------------------------------------------------------------------------

const kParserState = Symbol('kParserState');

function connectionListener(socket) {
  const server = this;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);
  const state = {
    socket,
    server,
    requests: [],            // requests whose responses have not finished, oldest first
    outgoing: [],
    outgoingData: 0,
    requestsCount: 0,
    keepAliveTimeoutSet: false,
    requestStart: 0,
    headersDone: false,
    maxHeaderPairs: server.maxHeadersCount == null ? 2000 : server.maxHeadersCount << 1,
    joinDuplicateHeaders: server.joinDuplicateHeaders,
    onIncoming: null,
    onClose: null,
    parser: null,
  };
  state.onIncoming = (req, keepAlive) => parserOnIncoming(server, socket, state, req, keepAlive);
  createParser('request', state, server.maxHeaderSize || kDefaultMaxHeaderSize,
    server.insecureHTTPParser ?? false);
  socket[kParserState] = state;
  server[kConnections].add(socket);
  socket.on('data', (d) => socketOnData(server, socket, state, d));
  socket.on('end', () => socketOnEnd(server, socket, state));
  socket.on('error', socketOnError);
  state.onClose = () => {
    server[kConnections].delete(socket);
    abortIncoming(state);
    state.parser.close();
  };
  socket.on('close', state.onClose);
  socket.on('drain', () => socketOnDrain(socket, state));
  socket._paused = false;
  socket.setEncoding = socketSetEncoding;
}

function socketSetEncoding() {
  throw new ERR_HTTP_SOCKET_ENCODING();
}

function socketOnTimeout() {
  const req = this[kParserState]?.requests[0];
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnData(server, socket, state, d) {
  if (state.requestStart === 0) state.requestStart = Date.now();
  if (state.keepAliveTimeoutSet) {
    socket.setTimeout(0);
    if (server.timeout) socket.setTimeout(server.timeout);
    state.keepAliveTimeoutSet = false;
  }
  const ret = state.parser.execute(d.buffer, d.byteOffset, d.byteLength);
  onParserExecuteCommon(server, socket, state, ret, d);
}

function onParserExecuteCommon(server, socket, state, ret, d) {
  if (ret < 0) {
    socketOnError.call(socket, parseError(state.parser, d));
    return;
  }
  const upgradeReq = state.upgradeReq;
  if (upgradeReq) {
    // Everything after the headers belongs to the upgraded protocol.
    state.upgradeReq = null;
    const eventName = upgradeReq.method === 'CONNECT' ? 'connect' : 'upgrade';
    const bodyHead = ret < d.byteLength ? Buffer.from(d.subarray(ret)) : Buffer.alloc(0);
    detachFromServer(socket, state);
    server.emit(eventName, upgradeReq, socket, bodyHead);
  }
}

function detachFromServer(socket, state) {
  socket.removeAllListeners('data');
  socket.removeAllListeners('end');
  socket.removeAllListeners('drain');
  socket.removeListener('error', socketOnError);
  socket.removeListener('timeout', socketOnTimeout);
  socket.removeListener('close', state.onClose);
  state.parser.close();
  socket[kParserState] = undefined;
  state.server[kConnections].delete(socket);
  socket.readableFlowing = null;   // the upgrade's owner decides how to read
}

function socketOnEnd(server, socket, state) {
  const ret = state.parser.finish();
  if (ret < 0) {
    socketOnError.call(socket, parseError(state.parser, Buffer.alloc(0)));
    return;
  }
  if (!server.httpAllowHalfOpen) {
    socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

function abortIncoming(state) {
  const err = Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
  while (state.requests.length) {
    const req = state.requests.shift();
    if (!req.complete) req.destroy(err);
  }
}

function socketOnDrain(socket, state) {
  const needPause = state.outgoingData > socket.writableHighWaterMark;
  if (socket._paused && !needPause) {
    socket._paused = false;
    socket.resume();
  }
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg.writableNeedDrain !== false) {
    msg.emit('drain');
  }
}

const badRequestResponse = Buffer.from('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n', 'latin1');
const requestTimeoutResponse = Buffer.from('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n', 'latin1');
const requestHeaderFieldsTooLargeResponse = Buffer.from(
  'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n', 'latin1');

function socketOnError(e) {
  this.removeListener('error', socketOnError);
  this.on('error', () => {});
  if (this.server && this.server.listenerCount('clientError') > 0) {
    this.server.emit('clientError', e, this);
    return;
  }
  if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
    let response;
    switch (e.code) {
      case 'HPE_HEADER_OVERFLOW': response = requestHeaderFieldsTooLargeResponse; break;
      case 'ERR_HTTP_REQUEST_TIMEOUT': response = requestTimeoutResponse; break;
      default: response = badRequestResponse;
    }
    this.write(response);
  }
  this.destroy(e);
}

function parserOnIncoming(server, socket, state, req, keepAlive) {
  state.headersDone = true;
  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
    if (req.upgrade) {
      state.upgradeReq = req;
      return false;
    }
  }
  state.requests.push(req);
  state.requestsCount++;
  req.once('end', () => {
    state.requestStart = 0;
    state.headersDone = false;
  });
  if (!socket._paused) {
    const ws = socket._writableState;
    if (ws.needDrain || state.outgoingData >= socket.writableHighWaterMark) {
      socket._paused = true;
      socket.pause();
    }
  }
  const res = new server[kServerResponse](req, {
    highWaterMark: socket.writableHighWaterMark,
    rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
  });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res._onPendingData = (delta) => updateOutgoingData(socket, state, delta);
  res.shouldKeepAlive = keepAlive;
  if (server.maxRequestsPerSocket > 0 && state.requestsCount >= server.maxRequestsPerSocket) {
    res.maxRequestsOnConnectionReached = true;
  }
  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);
  res.on('finish', () => resOnFinish(req, res, socket, state, server));
  let handled = false;
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    if (server.requireHostHeader && req.headers.host === undefined) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return false;
    }
    if (server.maxRequestsPerSocket > 0 && state.requestsCount > server.maxRequestsPerSocket) {
      handled = true;
      server.emit('dropRequest', req, socket);
      res.writeHead(503);
      res.end();
    } else if (req.headers.expect !== undefined) {
      handled = true;
      if (continueExpression.test(req.headers.expect)) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
        } else {
          res.writeContinue();
          server.emit('request', req, res);
        }
      } else if (server.listenerCount('checkExpectation') > 0) {
        server.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
    }
  }
  if (!handled) server.emit('request', req, res);
  return false;
}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData += delta;
  if (socket._paused && state.outgoingData < socket.writableHighWaterMark) {
    socket._paused = false;
    socket.resume();
  }
}

function resOnFinish(req, res, socket, state, server) {
  state.requests.shift();
  // A body nobody read is read and dropped, so that the next request can be parsed.
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
  res.detachSocket(socket);
  process.nextTick(() => res.emit('close'));
  if (res._last) {
    socket.destroySoon();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      socket.setTimeout(server.keepAliveTimeout);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const m = state.outgoing.shift();
    if (m) m.assignSocket(socket);
  }
}

module.exports = {
  STATUS_CODES, Server, ServerResponse, storeHTTPOptions, kServerResponse,
  _connectionListener: connectionListener,
};
