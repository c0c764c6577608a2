// covers: http.Server, http.request, http.ClientRequest, http.Server.prototype.closeAllConnections, http.Server.prototype.closeIdleConnections
'use strict';
const common = require('../common');
const assert = require('assert');
const http = require('http');

// An upgrade: the server's 'upgrade' gets the request, the raw socket and the bytes after the
// head; the client's 'upgrade' gets the 101 response, the socket and what followed it.
const server = http.createServer(common.mustNotCall());
server.on('upgrade', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.headers.upgrade, 'echo');
  assert.strictEqual(head.toString(), 'early');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nhello');
  socket.on('data', (d) => socket.end(`echo:${d}`));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const req = http.request({
    port: server.address().port,
    host: '127.0.0.1',
    headers: { Connection: 'Upgrade', Upgrade: 'echo' },
  });
  req.on('upgrade', common.mustCall((res, socket, head) => {
    assert.strictEqual(res.statusCode, 101);
    assert.strictEqual(res.headers.upgrade, 'echo');
    assert.strictEqual(head.toString(), 'hello');
    let rest = '';
    socket.on('data', (d) => { rest += d; });
    socket.on('end', common.mustCall(() => {
      assert.strictEqual(rest, 'echo:ping');
      socket.end();
      server.close();
    }));
    socket.write('ping');
  }));
  req.end('early');
}));

// closeAllConnections() ends keep-alive connections a close() would leave open.
const keeper = http.createServer((req, res) => res.end('x'));
keeper.listen(0, '127.0.0.1', common.mustCall(() => {
  const agent = new http.Agent({ keepAlive: true });
  http.get({ agent, port: keeper.address().port, host: '127.0.0.1' }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      setImmediate(() => {
        keeper.close(common.mustCall());
        keeper.closeAllConnections();
        keeper.closeIdleConnections();
      });
    }));
  }));
}));
