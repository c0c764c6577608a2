'use strict';
// What the HTTP client and server share: the parser glue (a Java HttpParser per connection,
// internalBinding('http')), header-token checks and the regular expressions Node uses.
const binding = internalBinding('http');
const { IncomingMessage, readStart, readStop } = require('_http_incoming');
const { bufferFromJava } = require('internal/buffer_java');

const methods = binding.methods();
const CRLF = '\r\n';
const chunkExpression = /(?:^|\W)chunked(?:$|\W)/i;
const continueExpression = /(?:^|\W)100-continue(?:$|\W)/i;
const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
const kIncomingMessage = Symbol('IncomingMessage');
const kDefaultMaxHeaderSize = 16 * 1024;   // Node's --max-http-header-size default: http.maxHeaderSize

/** True when val is a token (RFC 9110 5.6.2): a valid header name or method. */
function checkIsHttpToken(val) {
  return tokenRegExp.test(val);
}

/** True when val has a character a header value must not have (CTLs but tab, and above 0xff). */
function checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

/**
 * A parser for one connection. `owner` holds the state the callbacks need: socket, incoming,
 * maxHeaderPairs, joinDuplicateHeaders and onIncoming(incoming, shouldKeepAlive), which returns
 * true to skip the body (a response to HEAD) or 2 to stop at an upgrade.
 */
function createParser(kind, owner, maxHeaderSize, lenient) {
  owner.incoming = null;
  owner.parser = binding.parser(kind, maxHeaderSize, Boolean(lenient),
    (major, minor, rawHeaders, method, url, statusCode, statusMessage, upgrade, keepAlive) =>
      onHeadersComplete(owner, major, minor, rawHeaders, method, url, statusCode, statusMessage, upgrade, keepAlive),
    (chunk) => onBody(owner, chunk),
    () => onMessageComplete(owner));
  return owner.parser;
}

function onHeadersComplete(owner, major, minor, rawHeaders, method, url, statusCode, statusMessage, upgrade,
  keepAlive) {
  const { socket } = owner;
  const Incoming = socket?.server?.[kIncomingMessage] || IncomingMessage;
  const incoming = owner.incoming = new Incoming(socket);
  incoming.httpVersionMajor = major;
  incoming.httpVersionMinor = minor;
  incoming.httpVersion = `${major}.${minor}`;
  incoming.joinDuplicateHeaders = socket?.server?.joinDuplicateHeaders || owner.joinDuplicateHeaders;
  incoming.url = url ?? '';
  incoming.upgrade = upgrade;
  const headers = Array.from(rawHeaders);
  let n = headers.length;
  if (owner.maxHeaderPairs > 0) n = Math.min(n, owner.maxHeaderPairs);
  incoming._addHeaderLines(headers, n);
  if (method !== null) {
    incoming.method = method;
  } else {
    incoming.statusCode = statusCode;
    incoming.statusMessage = statusMessage;
  }
  return owner.onIncoming(incoming, keepAlive);
}

function onBody(owner, chunk) {
  const stream = owner.incoming;
  if (stream === null || stream._dumped) return;
  if (!stream.push(bufferFromJava(chunk))) readStop(owner.socket);
}

function onMessageComplete(owner) {
  const stream = owner.incoming;
  if (stream !== null) {
    stream.complete = true;
    const trailers = owner.parser.trailers();
    if (trailers.length) stream._addHeaderLines(Array.from(trailers), trailers.length);
    stream.push(null);
  }
  readStart(owner.socket);
}

/** The error a parse failure becomes: Node's `Parse Error: <reason>` with code and bytesParsed. */
function parseError(parser, data) {
  const err = new Error(`Parse Error: ${parser.errorReason()}`);
  err.code = parser.errorCode();
  err.bytesParsed = parser.errorOffset();
  err.reason = parser.errorReason();
  err.rawPacket = data;
  return err;
}

module.exports = {
  methods, CRLF, chunkExpression, continueExpression, kIncomingMessage, kDefaultMaxHeaderSize,
  checkIsHttpToken, checkInvalidHeaderChar, createParser, parseError,
  _checkIsHttpToken: checkIsHttpToken,
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
};
