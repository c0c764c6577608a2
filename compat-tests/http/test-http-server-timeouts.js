// covers: http.createServer, http.Server, http.Server.prototype.close
'use strict';
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const defaults = http.createServer();
assert.strictEqual(defaults.headersTimeout, 60000);
assert.strictEqual(defaults.requestTimeout, 300000);
assert.strictEqual(defaults.keepAliveTimeout, 5000);
assert.strictEqual(defaults.timeout, 0);
assert.throws(() => http.createServer({ headersTimeout: 10, requestTimeout: 5 }), { code: 'ERR_OUT_OF_RANGE' });

// Headers that never finish: once headersTimeout has passed, the server answers 408 and closes.
const server = http.createServer(
  { headersTimeout: 100, requestTimeout: 200, connectionsCheckingInterval: 20 }, common.mustNotCall());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const start = Date.now();
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\nHost: a\r\n'));
  let got = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { got += d; });
  c.on('close', common.mustCall(() => {
    assert.strictEqual(got, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    assert.ok(Date.now() - start >= 100);
    server.close();
  }));
}));
