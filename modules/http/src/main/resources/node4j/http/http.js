'use strict';
// http: HTTP/1.1 servers and clients over net, with a Java parser per connection (llhttp's
// behaviour). Node's files by the same names hold the parts: _http_server, _http_client,
// _http_agent, _http_incoming, _http_outgoing, _http_common. WebSocket and the proxy settings
// of newer Node versions are not built and are absent.
const { validateInteger } = require('internal/validators');
const { methods, kDefaultMaxHeaderSize } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('_http_outgoing');
const { STATUS_CODES, Server, ServerResponse, _connectionListener } = require('_http_server');
const { ClientRequest } = require('_http_client');
const httpAgent = require('_http_agent');

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

// Node keeps a pool of idle parsers; node4j makes one per connection and pools none, so there
// is never an idle parser to limit: only the argument is checked.
function setMaxIdleHTTPParsers(max) {
  validateInteger(max, 'max', 1);
}

module.exports = {
  _connectionListener,
  METHODS: [...methods].sort(),
  STATUS_CODES,
  Agent: httpAgent.Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers,
};

Object.defineProperty(module.exports, 'maxHeaderSize', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return kDefaultMaxHeaderSize; },
});

Object.defineProperty(module.exports, 'globalAgent', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return httpAgent.globalAgent; },
  set(value) { httpAgent.globalAgent = value; },
});
