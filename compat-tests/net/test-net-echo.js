// covers: net.createServer, net.connect, net.Server, net.Server.prototype.listen, net.Server.prototype.address, net.Server.prototype.close, net.Server.prototype.listening, net.Socket, net.Socket.prototype.write, net.Socket.prototype.end, net.Socket.prototype.remoteAddress, net.Socket.prototype.remoteFamily, net.Socket.prototype.remotePort, net.Socket.prototype.localAddress, net.Socket.prototype.localPort, net.Socket.prototype.localFamily, net.Socket.prototype.address, net.Socket.prototype.readyState, net.Socket.prototype.pending, net.Socket.prototype.bytesRead, net.Socket.prototype.bytesWritten, net.Stream
'use strict';
const common = require('../common');
const assert = require('assert');
const net = require('net');

assert.strictEqual(net.Stream, net.Socket);

// An echo server on any free port: a client writes, reads its bytes back, ends; both sides close.
const server = net.createServer(common.mustCall((conn) => {
  assert.ok(conn instanceof net.Socket);
  assert.strictEqual(conn.remoteAddress, '::ffff:127.0.0.1');   // an IPv4 peer of a dual-stack server
  assert.strictEqual(conn.remoteFamily, 'IPv6');
  assert.strictEqual(conn.localPort, server.address().port);
  assert.strictEqual(conn.server, server);
  conn.pipe(conn);
  conn.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, false)));
}));
assert.strictEqual(server.listening, false);
assert.strictEqual(server.address(), null);

server.listen(0, common.mustCall(() => {
  assert.strictEqual(server.listening, true);
  const addr = server.address();
  assert.strictEqual(addr.address, '::');
  assert.strictEqual(addr.family, 'IPv6');
  assert.strictEqual(typeof addr.port, 'number');
  assert.ok(addr.port > 0);

  const client = net.connect(addr.port, '127.0.0.1');
  assert.strictEqual(client.readyState, 'opening');
  assert.strictEqual(client.pending, true);
  assert.strictEqual(client.connecting, true);
  assert.deepStrictEqual(client.address(), {});
  const chunks = [];
  client.on('connect', common.mustCall(() => {
    assert.strictEqual(client.readyState, 'open');
    assert.strictEqual(client.pending, false);
    assert.strictEqual(client.connecting, false);
    assert.strictEqual(client.remoteAddress, '127.0.0.1');
    assert.strictEqual(client.remoteFamily, 'IPv4');
    assert.strictEqual(client.remotePort, addr.port);
    assert.strictEqual(client.localAddress, '127.0.0.1');
    assert.strictEqual(client.localFamily, 'IPv4');
    assert.deepStrictEqual(client.address(),
      { address: '127.0.0.1', family: 'IPv4', port: client.localPort });
  }));
  client.on('ready', common.mustCall());
  client.write('hello ');
  client.write(Buffer.from('wörld'), common.mustCall((err) => assert.strictEqual(err, null)));
  assert.strictEqual(client.bytesWritten, 12);   // counted while still connecting
  client.on('data', (d) => {
    chunks.push(d);
    if (Buffer.concat(chunks).length === 12) client.end();
  });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(Buffer.concat(chunks).toString(), 'hello wörld');
    assert.strictEqual(client.bytesRead, 12);
  }));
  client.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(client.readyState, 'closed');
    server.close(common.mustCall(() => assert.strictEqual(server.listening, false)));
  }));
}));
