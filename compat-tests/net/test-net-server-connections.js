// covers: net.Server.prototype.getConnections, net.Server.prototype.close, net.Socket.prototype.resetAndDestroy, net.Socket.prototype.destroy, net.Server.prototype[Symbol.asyncDispose]
'use strict';
const common = require('../common');
const assert = require('assert');
const net = require('net');

// maxConnections: a connection beyond it is dropped ('drop' with both ends' addresses);
// getConnections counts the open ones; 'close' waits until every connection has closed.
const server = net.createServer(common.mustCall((conn) => {
  conn.resume();
  server.getConnections(common.mustCall((err, n) => {
    assert.strictEqual(err, null);
    assert.strictEqual(n, 1);
    const extra = net.connect(server.address().port, '127.0.0.1');
    extra.on('error', () => {});
    extra.resume();
  }));
}));
server.maxConnections = 1;
server.on('drop', common.mustCall((data) => {
  assert.strictEqual(data.localAddress, '127.0.0.1');
  assert.strictEqual(data.localPort, server.address().port);
  assert.strictEqual(data.localFamily, 'IPv4');
  assert.strictEqual(data.remoteAddress, '127.0.0.1');
  assert.strictEqual(data.remoteFamily, 'IPv4');
  assert.strictEqual(typeof data.remotePort, 'number');
  let closed = false;
  server.close(common.mustCall(() => { closed = true; }));
  // Still one connection open: no 'close' yet.
  setTimeout(common.mustCall(() => {
    assert.strictEqual(closed, false);
    first.end();
  }), 30);
}));
let first;
server.listen(0, '127.0.0.1', common.mustCall(() => {
  first = net.connect(server.address().port, '127.0.0.1');
  first.resume();
}));

// resetAndDestroy() closes with a reset: the peer's read fails with ECONNRESET.
const resetting = net.createServer(common.mustCall((conn) => {
  conn.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.syscall, 'read');
    assert.strictEqual(err.message, 'read ECONNRESET');
    assert.strictEqual(err.errno, -104);
  }));
  conn.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, true);
    resetting.close();
  }));
}));
resetting.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(resetting.address().port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(c.resetAndDestroy(), c);
  }));
  c.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, false)));
}));

// destroy(err): 'error' with that error, then 'close' with hadError true.
const plain = net.createServer((conn) => conn.resume());
plain.listen(0, '127.0.0.1', common.mustCall(async () => {
  const c = net.connect(plain.address().port, '127.0.0.1', common.mustCall(() => {
    const order = [];
    c.on('error', common.mustCall((err) => { order.push('error'); assert.strictEqual(err.message, 'boom'); }));
    c.on('close', common.mustCall((hadError) => {
      order.push('close');
      assert.strictEqual(hadError, true);
      assert.deepStrictEqual(order, ['error', 'close']);
      // A disposed server closes; disposing it again does nothing.
      (async () => {
        await plain[Symbol.asyncDispose]();
        assert.strictEqual(plain.listening, false);
        await plain[Symbol.asyncDispose]();
      })().then(common.mustCall());
    }));
    c.destroy(new Error('boom'));
    assert.strictEqual(c.destroyed, true);
  }));
}));
