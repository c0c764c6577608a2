// covers: http.Server, http.createServer, http.Server.prototype.close, http.ServerResponse.prototype.writeContinue
'use strict';
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

// What the server writes, byte for byte, for requests sent over a raw socket: pipelined
// requests are answered in order, a bad request gets 400, an oversized head 431. The client
// never half-closes first (the server would end the connection at once); the last request of
// each exchange asks the server to close.
const server = http.createServer((req, res) => {
  res.removeHeader('Date');
  if (req.url === '/slow') setTimeout(() => res.end('slow'), 30);
  else res.end(req.url);
});
server.on('clientError', common.mustCall((err, socket) => {
  assert.strictEqual(err.code, 'HPE_INVALID_METHOD');
  assert.strictEqual(err.message, 'Parse Error: Invalid method encountered');
  assert.strictEqual(err.bytesParsed, 0);
  socket.end('HTTP/1.1 400 Bad Request\r\nX-Custom: yes\r\n\r\n');
}));

function exchange(raw) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.write(raw));
    let got = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { got += d; });
    c.on('close', () => resolve(got.replace(/Date: [^\r]*\r\n/, '')));   // the one varying line
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const pipelined = await exchange(
    'GET /slow HTTP/1.1\r\nHost: a\r\n\r\nGET /fast HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
  assert.strictEqual(pipelined,
    'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 4\r\n\r\nslow' +
    'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 5\r\n\r\n/fast');
  const http10 = await exchange('GET /old HTTP/1.0\r\n\r\n');
  assert.strictEqual(http10, 'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n/old');   // length by closing
  const noHost = await exchange('GET / HTTP/1.1\r\n\r\n');
  assert.strictEqual(noHost,
    'HTTP/1.1 400 Bad Request\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n');
  const bad = await exchange('@@@ / HTTP/1.1\r\n\r\n');
  assert.strictEqual(bad, 'HTTP/1.1 400 Bad Request\r\nX-Custom: yes\r\n\r\n');
  server.removeAllListeners('clientError');
  const huge = await exchange(`GET / HTTP/1.1\r\nHost: a\r\nX-Big: ${'b'.repeat(20000)}\r\n\r\n`);
  assert.strictEqual(huge, 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n');
  const garbage = await exchange('GET / HTTP/1.1\r\nHost: a\r\nContent-Length: x\r\n\r\n');
  assert.strictEqual(garbage, 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  server.close();
}));

// Expect: 100-continue: the server answers 100 before the handler reads the body.
const expecting = http.createServer(common.mustCall((req, res) => {
  req.setEncoding('utf8');
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`got ${body}`));
}));
expecting.listen(0, '127.0.0.1', common.mustCall(() => {
  const req = http.request({
    port: expecting.address().port, host: '127.0.0.1', method: 'POST', headers: { Expect: '100-continue' },
  });
  req.on('continue', common.mustCall(() => req.end('payload')));
  req.on('response', common.mustCall((res) => {
    let text = '';
    res.on('data', (d) => { text += d; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(text, 'got payload');
      expecting.close();
    }));
  }));
}));
