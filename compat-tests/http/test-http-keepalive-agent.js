// covers: http.Agent, http.globalAgent, http.ClientRequest.prototype.reusedSocket, http.Agent.prototype.destroy, http.Agent.prototype.getName, http.Agent.prototype.addRequest, http.Agent.prototype.createConnection, http.Agent.prototype.keepSocketAlive, http.Agent.prototype.reuseSocket
'use strict';
const common = require('../common');
const assert = require('assert');
const http = require('http');

assert.ok(http.globalAgent instanceof http.Agent);
assert.strictEqual(http.globalAgent.keepAlive, true);
const plain = new http.Agent();
assert.strictEqual(plain.keepAlive, false);
assert.strictEqual(plain.maxSockets, Infinity);
assert.strictEqual(plain.getName({ host: 'h', port: 80, localAddress: '::1', family: 6 }), 'h:80:::1:6');
assert.strictEqual(plain.getName(), 'localhost::');
assert.throws(() => new http.Agent({ scheduling: 'random' }), { code: 'ERR_INVALID_ARG_VALUE' });

// A keep-alive agent with one socket: three requests run one after the other on one connection.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const ports = new Set();
const server = http.createServer((req, res) => {
  ports.add(req.socket.remotePort);
  res.end(req.url);
});
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const seen = [];
  let done = 0;
  for (const path of ['/a', '/b', '/c']) {
    const req = http.get({ agent, port: server.address().port, host: '127.0.0.1', path }, common.mustCall((res) => {
      assert.strictEqual(res.headers.connection, 'keep-alive');
      assert.strictEqual(res.headers['keep-alive'], 'timeout=5');
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        seen.push([body, req.reusedSocket]);
        if (++done === 3) finish();
      });
    }));
  }
  // Two of the three wait for the one socket.
  const name = `127.0.0.1:${server.address().port}:`;
  assert.strictEqual(agent.requests[name].length, 2);
  function finish() {
    // Queued requests take the socket as it frees; none of them found it idle in the pool.
    assert.deepStrictEqual(seen, [['/a', false], ['/b', false], ['/c', false]]);
    assert.strictEqual(ports.size, 1);
    setImmediate(common.mustCall(() => {
      assert.strictEqual(agent.freeSockets[name].length, 1);
      // A later request takes the idle socket from the pool: reusedSocket.
      const again = http.get({ agent, port: server.address().port, host: '127.0.0.1' }, common.mustCall((res) => {
        assert.strictEqual(again.reusedSocket, true);
        res.resume();
        res.on('end', common.mustCall(() => {
          assert.strictEqual(ports.size, 1);
          agent.destroy();
          server.close(common.mustCall());
        }));
      }));
    }));
  }
}));

// Without keep-alive (agent: false) the request says Connection: close and the socket closes.
const once = http.createServer((req, res) => {
  assert.strictEqual(req.headers.connection, 'close');
  res.end('bye');
});
once.listen(0, '127.0.0.1', common.mustCall(() => {
  http.get({ agent: false, port: once.address().port, host: '127.0.0.1' }, common.mustCall((res) => {
    assert.strictEqual(res.headers.connection, 'close');
    res.resume();
    res.on('end', common.mustCall(() => once.close()));
  }));
}));
