// covers: net.Socket.prototype.setTimeout, net.Socket.prototype.timeout, net.Socket.prototype.setNoDelay, net.Socket.prototype.setKeepAlive, net.Socket.prototype.setTypeOfService, net.Socket.prototype.getTypeOfService
'use strict';
const common = require('../common');
const assert = require('assert');
const net = require('net');

const s = new net.Socket();
assert.strictEqual(s.timeout, undefined);
for (const bad of [-1, Infinity, NaN]) {
  assert.throws(() => s.setTimeout(bad), { code: bad === Infinity ? 'ERR_OUT_OF_RANGE' : /ERR_OUT_OF_RANGE|ERR_INVALID_ARG_TYPE/ });
}
assert.throws(() => s.setTimeout('10'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.setTimeout(10, 'nope'), { code: 'ERR_INVALID_ARG_TYPE' });
// Options can be set before a connection exists; each call returns the socket.
assert.strictEqual(s.setNoDelay(), s);
assert.strictEqual(s.setKeepAlive(true, 1000), s);
assert.strictEqual(s.setTimeout(0), s);
assert.strictEqual(s.timeout, 0);

// An idle connection emits 'timeout' (once per idle period) and is not closed by it.
const server = net.createServer(common.mustCall((conn) => {
  conn.setTimeout(50, common.mustCall(() => {
    assert.strictEqual(conn.destroyed, false);
    assert.strictEqual(conn.timeout, 50);
    conn.end('timed out');
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', noDelay: true, keepAlive: true });
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'timed out');
    c.end();
    server.close();
  }));
}));

// Activity restarts the timer: writes every 20 ms keep a 100 ms timeout from firing.
const quiet = net.createServer((conn) => conn.resume());
quiet.listen(0, '127.0.0.1', common.mustCall(() => {
  let writes = 0;
  const busy = net.connect(quiet.address().port, '127.0.0.1');
  busy.setTimeout(100, common.mustNotCall());
  const iv = setInterval(() => {
    busy.write('x');
    if (++writes === 8) {
      clearInterval(iv);
      busy.setTimeout(0);
      busy.end();
      quiet.close();
    }
  }, 20);
}));

// Type of service (IP_TOS): kept before a connection, applied to it, read back.
const tos = new net.Socket();
assert.strictEqual(tos.getTypeOfService(), 0);
assert.throws(() => tos.setTypeOfService(256), { code: 'ERR_OUT_OF_RANGE' });
assert.strictEqual(tos.setTypeOfService(0x10), tos);
assert.strictEqual(tos.getTypeOfService(), 0x10);
const tosServer = net.createServer((conn) => conn.end());
tosServer.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(tosServer.address().port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(c.getTypeOfService(), 0);
    c.setTypeOfService(0x08);
    assert.strictEqual(c.getTypeOfService(), 0x08);
    c.destroy();
    tosServer.close();
  }));
}));
