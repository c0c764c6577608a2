// covers: net.Socket.prototype.end, net.Socket.prototype.destroySoon, net.createServer, net.Socket.prototype.readyState
'use strict';
const common = require('../common');
const assert = require('assert');
const net = require('net');

// allowHalfOpen: the server sees the client's FIN as 'end' and can still answer before ending.
const server = net.createServer({ allowHalfOpen: true }, common.mustCall((conn) => {
  let got = '';
  conn.setEncoding('utf8');
  conn.on('data', (d) => { got += d; });
  conn.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'question');
    assert.strictEqual(conn.readyState, 'writeOnly');
    conn.end('answer');
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let reply = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { reply += d; });
  client.end('question');
  client.on('finish', common.mustCall(() => assert.strictEqual(client.readyState, 'readOnly')));
  client.on('end', common.mustCall(() => assert.strictEqual(reply, 'answer')));
  client.on('close', common.mustCall(() => halfClosedByDefault()));
}));

// Without allowHalfOpen the server's side ends on its own when the client's does; a write after
// that fails with EPIPE ('This socket has been ended by the other party').
function halfClosedByDefault() {
  server.close();
  const plain = net.createServer(common.mustCall((conn) => {
    conn.on('end', common.mustCall(() => {
      setImmediate(common.mustCall(() => {
        assert.strictEqual(conn.writableEnded, true);
      }));
    }));
    conn.resume();
  }));
  plain.listen(0, '127.0.0.1', common.mustCall(() => {
    const c = net.connect(plain.address().port, '127.0.0.1', common.mustCall(() => c.end()));
    c.resume();
    c.on('close', common.mustCall(() => plain.close()));
  }));

  const peerEnds = net.createServer(common.mustCall((conn) => conn.end()));
  peerEnds.listen(0, '127.0.0.1', common.mustCall(() => {
    const c = net.connect({ port: peerEnds.address().port, host: '127.0.0.1', allowHalfOpen: true });
    c.resume();
    c.on('end', common.mustCall(() => {
      // Half-open: still writable after the peer's FIN.
      assert.strictEqual(c.writable, true);
      c.end(common.mustCall(() => peerEnds.close()));
    }));
  }));
}
