// covers: http.ClientRequest.prototype.setTimeout, http.ClientRequest.prototype.clearTimeout, http.ClientRequest.prototype.setNoDelay, http.ClientRequest.prototype.setSocketKeepAlive, http.Server.prototype.setTimeout, http.IncomingMessage.prototype.setTimeout, http.OutgoingMessage.prototype.setTimeout, http.Server.prototype[Symbol.asyncDispose], http.Agent.defaultMaxSockets, http.OutgoingMessage.prototype.destroy, http.OutgoingMessage.prototype.errored, http.OutgoingMessage.prototype.closed
'use strict';
const common = require('../common');
const assert = require('assert');
const http = require('http');

assert.strictEqual(http.Agent.defaultMaxSockets, Infinity);

// A request whose response does not come in time: 'timeout' on the request; the caller destroys it.
let stalled;
const server = http.createServer((req, res) => {
  if (req.url === '/stall') {
    stalled = res;
    return;
  }
  res.setTimeout(1000);
  res.end('quick');
});
assert.strictEqual(server.setTimeout(0), server);

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const req = http.get({ port, host: '127.0.0.1', path: '/stall', agent: false });
  req.setNoDelay(true);
  req.setSocketKeepAlive(true, 1000);
  assert.strictEqual(req.setTimeout(50, common.mustCall(() => {
    req.destroy(new Error('too slow'));
  })), req);
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.message, 'too slow');
    stalled.on('close', common.mustCall(() => {
      assert.strictEqual(stalled.closed, true);
      quick(port);
    }));
  }));
}));

function quick(port) {
  const req = http.get({ port, host: '127.0.0.1', path: '/', agent: false }, common.mustCall((res) => {
    res.setTimeout(1000);
    res.resume();
    res.on('end', common.mustCall(async () => {
      const out = new http.OutgoingMessage();
      assert.strictEqual(out.errored, null);
      await server[Symbol.asyncDispose]();
      assert.strictEqual(server.listening, false);
    }));
  }));
  req.setTimeout(1000);
  req.clearTimeout();
}
