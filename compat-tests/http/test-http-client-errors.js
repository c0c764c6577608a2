// covers: http.request, http.get, http.ClientRequest, http.ClientRequest.prototype.destroy, http.ClientRequest.prototype.abort
'use strict';
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

assert.throws(() => http.request('https://127.0.0.1/'), {
  code: 'ERR_INVALID_PROTOCOL', name: 'TypeError', message: 'Protocol "https:" not supported. Expected "http:"',
});
assert.throws(() => http.request({ path: '/a b' }), {
  code: 'ERR_UNESCAPED_CHARACTERS', message: 'Request path contains unescaped characters',
});
assert.throws(() => http.request({ method: 'BAD METHOD' }), {
  code: 'ERR_INVALID_HTTP_TOKEN', message: 'Method must be a valid HTTP token ["BAD METHOD"]',
});
assert.throws(() => http.request({ method: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => http.request({ host: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => http.request({ agent: {} }), { code: 'ERR_INVALID_ARG_TYPE' });

// Nothing listening: the connect error reaches the request's 'error', then 'close'.
const closed = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = closed.address();
  closed.close(common.mustCall(() => {
    const req = http.get({ port, host: '127.0.0.1' }, common.mustNotCall());
    req.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
    }));
    req.on('close', common.mustCall());
  }));
}));

// The server closes the connection without answering: 'socket hang up' (ECONNRESET).
const hangup = net.createServer((socket) => socket.destroy());
hangup.listen(0, '127.0.0.1', common.mustCall(() => {
  const req = http.get({ port: hangup.address().port, host: '127.0.0.1' }, common.mustNotCall());
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.message, 'socket hang up');
    hangup.close();
  }));
}));

// destroy() before a socket was assigned: 'error' with the reason, then 'close'.
const req = http.get('http://127.0.0.1:9/');
req.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'stopped')));
req.on('close', common.mustCall(() => assert.strictEqual(req.destroyed, true)));
req.destroy(new Error('stopped'));

// A response the parser cannot read: 'Parse Error' with llhttp's code.
const garbage = net.createServer((socket) => {
  socket.on('data', () => socket.end('HTTP/1.1 200 OK\r\nContent-Length: nope\r\n\r\n'));
});
garbage.listen(0, '127.0.0.1', common.mustCall(() => {
  const r = http.get({ port: garbage.address().port, host: '127.0.0.1' }, common.mustNotCall());
  r.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'HPE_INVALID_CONTENT_LENGTH');
    assert.strictEqual(err.message, 'Parse Error: Invalid character in Content-Length');
    garbage.close();
  }));
}));
