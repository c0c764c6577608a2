// covers: net.Server.prototype.listen, net.Server.prototype.address, net.connect, net.Socket.prototype.connect
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const path = require('path');

if (process.platform === 'win32') common.skip('Unix domain sockets');

// A Unix domain socket: address() is the path, the file exists while listening and is gone after close.
common.tmpdir.refresh();
const file = path.join(common.tmpdir.path, 'compat.sock');
const server = net.createServer(common.mustCall((conn) => {
  assert.strictEqual(conn.remoteAddress, undefined);
  conn.end('over a pipe');
}));
server.listen(file, common.mustCall(() => {
  assert.strictEqual(server.address(), file);
  assert.ok(fs.statSync(file).isSocket());
  const c = net.connect(file, common.mustCall(() => {
    assert.strictEqual(c.remoteAddress, undefined);
  }));
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'over a pipe');
    server.close(common.mustCall(() => {
      assert.strictEqual(fs.existsSync(file), false);
      missing();
    }));
  }));
}));

// Connecting to a path where nothing listens: ENOENT with the path as address.
function missing() {
  const c = net.connect({ path: file });
  c.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'connect');
    assert.strictEqual(err.address, file);
    assert.strictEqual(err.message, `connect ENOENT ${file}`);
  }));
}

// Listening twice on one path: EADDRINUSE.
const sameFile = path.join(common.tmpdir.path, 'twice.sock');
const a = net.createServer().listen(sameFile, common.mustCall(() => {
  const b = net.createServer();
  b.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use ${sameFile}`);
    a.close();
  }));
  b.listen(sameFile);
}));
