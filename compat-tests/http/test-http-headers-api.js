// covers: http.validateHeaderName, http.validateHeaderValue, http.METHODS, http.STATUS_CODES, http.maxHeaderSize, http.OutgoingMessage, http.OutgoingMessage.prototype.getHeader, http.OutgoingMessage.prototype.getHeaders, http.OutgoingMessage.prototype.getHeaderNames, http.OutgoingMessage.prototype.getRawHeaderNames, http.OutgoingMessage.prototype.hasHeader, http.OutgoingMessage.prototype.removeHeader, http.OutgoingMessage.prototype.appendHeader, http.OutgoingMessage.prototype.setHeaders, http.OutgoingMessage.prototype.headersSent, http.setMaxIdleHTTPParsers
'use strict';
const common = require('../common');
const assert = require('assert');
const http = require('http');

assert.ok(http.METHODS.includes('GET') && http.METHODS.includes('M-SEARCH') && http.METHODS.includes('QUERY'));
assert.deepStrictEqual([...http.METHODS].sort(), http.METHODS);
assert.strictEqual(http.STATUS_CODES[404], 'Not Found');
assert.strictEqual(http.STATUS_CODES[418], "I'm a Teapot");
assert.strictEqual(http.maxHeaderSize, 16384);

assert.throws(() => http.validateHeaderName('bad name'), {
  code: 'ERR_INVALID_HTTP_TOKEN', name: 'TypeError', message: 'Header name must be a valid HTTP token ["bad name"]',
});
assert.throws(() => http.validateHeaderName(''), { code: 'ERR_INVALID_HTTP_TOKEN' });
assert.throws(() => http.validateHeaderValue('x-a', undefined), {
  code: 'ERR_HTTP_INVALID_HEADER_VALUE', name: 'TypeError', message: 'Invalid value "undefined" for header "x-a"',
});
assert.throws(() => http.validateHeaderValue('x-a', 'bad\nvalue'), {
  code: 'ERR_INVALID_CHAR', name: 'TypeError', message: 'Invalid character in header content ["x-a"]',
});
http.validateHeaderName('X-Fine');
http.validateHeaderValue('X-Fine', 'tab\tand é');
assert.throws(() => http.setMaxIdleHTTPParsers(0), { code: 'ERR_OUT_OF_RANGE' });
http.setMaxIdleHTTPParsers(10);

// The header API of an outgoing message, before anything is sent.
const msg = new http.OutgoingMessage();
assert.strictEqual(msg.setHeader('Content-Type', 'text/html'), msg);
msg.setHeader('X-List', ['a', 'b']);
msg.appendHeader('x-list', 'c');
msg.appendHeader('X-New', 'n');
assert.strictEqual(msg.getHeader('content-type'), 'text/html');
assert.deepStrictEqual(msg.getHeader('X-LIST'), ['a', 'b', 'c']);
assert.deepStrictEqual(msg.getHeaderNames(), ['content-type', 'x-list', 'x-new']);
assert.deepStrictEqual(msg.getRawHeaderNames(), ['Content-Type', 'X-List', 'X-New']);
assert.deepStrictEqual({ ...msg.getHeaders() }, { 'content-type': 'text/html', 'x-list': ['a', 'b', 'c'], 'x-new': 'n' });
assert.strictEqual(Object.getPrototypeOf(msg.getHeaders()), null);
assert.strictEqual(msg.hasHeader('X-New'), true);
msg.removeHeader('x-new');
assert.strictEqual(msg.hasHeader('X-New'), false);
assert.throws(() => msg.getHeader(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => msg.setHeader('x', undefined), { code: 'ERR_HTTP_INVALID_HEADER_VALUE' });
msg.setHeaders(new Map([['X-Map', '1']]));
assert.strictEqual(msg.getHeader('x-map'), '1');
assert.throws(() => msg.setHeaders({ a: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(msg.headersSent, false);
assert.throws(() => msg._implicitHeader(), {
  code: 'ERR_METHOD_NOT_IMPLEMENTED', message: 'The _implicitHeader() method is not implemented',
});

// After the head is sent: setHeader, removeHeader and writeHead throw ERR_HTTP_HEADERS_SENT.
const server = http.createServer(common.mustCall((req, res) => {
  assert.throws(() => res.writeHead(99), { code: 'ERR_HTTP_INVALID_STATUS_CODE', message: 'Invalid status code: 99' });
  assert.throws(() => res.writeHead(200, 'bad\r\nmessage'), { code: 'ERR_INVALID_CHAR' });
  res.statusMessage = undefined;   // the failed call kept its message
  res.writeHead(200, { 'Content-Length': 2 });
  assert.strictEqual(res.headersSent, true);
  assert.throws(() => res.setHeader('a', 'b'), {
    code: 'ERR_HTTP_HEADERS_SENT', message: 'Cannot set headers after they are sent to the client',
  });
  assert.throws(() => res.removeHeader('a'), { code: 'ERR_HTTP_HEADERS_SENT' });
  assert.throws(() => res.writeHead(200), { code: 'ERR_HTTP_HEADERS_SENT' });
  assert.throws(() => res.write(1), { code: 'ERR_INVALID_ARG_TYPE' });
  res.end('ok');
  res.write('late', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END')));
  res.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END')));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  http.get(`http://127.0.0.1:${server.address().port}/`, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
}));
