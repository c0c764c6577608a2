// covers: net.Server.prototype.unref, net.Server.prototype.ref, net.Socket.prototype.unref, net.Socket.prototype.ref
'use strict';
const common = require('../common');
const assert = require('assert');
const net = require('net');

// An unref'd listening server and an unref'd connected socket do not keep the process alive:
// this program ends although neither is closed.
const server = net.createServer(common.mustCall((conn) => {
  conn.unref();
  assert.strictEqual(conn.unref(), conn);
}));
assert.strictEqual(server.unref(), server);
assert.strictEqual(server.ref(), server);
server.unref();
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    c.unref();
    assert.strictEqual(c.ref(), c);
    c.unref();
  }));
  // Before a connection exists ref/unref apply once it is made.
  assert.strictEqual(c.unref(), c);
}));
process.on('exit', (code) => assert.strictEqual(code, 0));
