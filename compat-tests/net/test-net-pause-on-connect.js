// covers: net.createServer, net.Socket.prototype.resume, net.Socket.prototype.pause, net.Socket.prototype.read
'use strict';
const common = require('../common');
const assert = require('assert');
const net = require('net');

// pauseOnConnect: no data is read until the connection is resumed.
const server = net.createServer({ pauseOnConnect: true }, common.mustCall((conn) => {
  let resumed = false;
  conn.on('data', common.mustCall((d) => {
    assert.ok(resumed);
    assert.strictEqual(d.toString(), 'early');
    conn.end();
  }));
  setTimeout(() => {
    resumed = true;
    conn.resume();
  }, 50);
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('early'));
  c.resume();
  c.on('end', common.mustCall(() => server.close()));
}));

// read() in paused mode pulls what has arrived.
const pull = net.createServer((conn) => conn.end('pulled'));
pull.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(pull.address().port, '127.0.0.1');
  let got = '';
  c.on('readable', () => {
    let chunk;
    while ((chunk = c.read()) !== null) got += chunk;
  });
  c.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'pulled');
    pull.close();
  }));
}));
