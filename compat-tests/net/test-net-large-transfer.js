// covers: net.Socket.prototype.write, net.Socket.prototype.pause, net.Socket.prototype.resume, net.Socket.prototype.bytesRead, net.Socket.prototype.bytesWritten, net.Socket.prototype.bufferSize, net.Socket.prototype._write, net.Socket.prototype._writev, net.Socket.prototype._read
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const net = require('net');

// 8 MiB in chunks of varied sizes, written with backpressure honoured, to a server that pauses
// now and then: every byte arrives, in order, and both byte counters agree.
const total = 8 * 1024 * 1024;
const data = crypto.randomBytes(total);
const expected = crypto.createHash('sha256').update(data).digest('hex');

const server = net.createServer(common.mustCall((conn) => {
  const hash = crypto.createHash('sha256');
  let received = 0;
  let pauses = 0;
  conn.on('data', (chunk) => {
    hash.update(chunk);
    received += chunk.length;
    if (pauses < 5 && received > (pauses + 1) * total / 6) {
      pauses++;
      conn.pause();
      assert.strictEqual(conn.isPaused(), true);
      setTimeout(() => conn.resume(), 20);
    }
  });
  conn.on('end', common.mustCall(() => {
    assert.strictEqual(received, total);
    assert.strictEqual(conn.bytesRead, total);
    assert.strictEqual(pauses, 5);
    conn.end(hash.digest('hex'));
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let offset = 0;
  let sawBackpressure = false;
  function pump() {
    while (offset < total) {
      const size = Math.min(total - offset, 1 + ((offset * 7919) % 200000));
      const ok = client.write(data.subarray(offset, offset + size));
      offset += size;
      if (!ok) {
        sawBackpressure = true;
        assert.ok(client.bufferSize > 0);
        client.once('drain', pump);
        return;
      }
    }
    client.end();
  }
  client.on('connect', pump);
  let answer = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { answer += d; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(answer, expected);
    assert.strictEqual(client.bytesWritten, total);
    assert.ok(sawBackpressure);
    server.close();
  }));

}));

// cork() then uncork() hands the chunks written meanwhile to the socket together.
const corkServer = net.createServer(common.mustCall((conn) => {
  let got = '';
  conn.setEncoding('utf8');
  conn.on('data', (d) => { got += d; });
  conn.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'onetwothree');
    corkServer.close();
  }));
}));
corkServer.listen(0, '127.0.0.1', common.mustCall(() => {
  const corked = net.connect(corkServer.address().port, '127.0.0.1', common.mustCall(() => {
    corked.cork();
    corked.write('one');
    corked.write(Buffer.from('two'));
    corked.write('three', common.mustCall());
    assert.strictEqual(corked.writableLength, 11);
    corked.uncork();
    corked.end();
  }));
}));
