'use strict';
// net over loopback TCP: round trips of a 64-byte message to an echo server (ops/s, each a
// write, the server's echo and the client's 'data'), and 64 MiB (1 MiB when BENCH_QUICK=1)
// written in 64 KiB chunks to a server that counts them (MiB/s, until the server has all).
// Skipped when the engine lacks net.
const { opsAsync, bulkAsync, skipped, randomBytes, optional, QUICK } = require('../../lib/harness.js');

const net = optional('net');
const { Buffer } = require('buffer');

// A failure after set-up ends the program: a figure from a broken connection means nothing.
function fail(err) {
  console.error(err);
  process.exit(1);
}

function listen(onConnection) {
  return new Promise((resolve) => {
    const server = net.createServer((s) => {
      s.on('error', fail);
      onConnection(s);
    });
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function connect(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
    socket.on('error', fail);
  });
}

// Ends the connection from the client's side and closes the server once it has closed.
function close(client, server) {
  return new Promise((resolve) => {
    client.on('close', () => server.close(resolve));
    client.end();
  });
}

async function roundTrips(n) {
  const server = await listen((s) => s.pipe(s));
  const client = await connect(server.address().port);
  client.setNoDelay(true);
  const message = Buffer.alloc(64, 'n');
  let pending = null;   // resolves a run once its last echo is back
  let left = 0;
  let got = 0;
  client.on('data', (chunk) => {
    got += chunk.length;
    while (got >= message.length) {   // echoes may arrive joined or split
      got -= message.length;
      if (--left > 0) client.write(message);
      else pending();
    }
  });
  const run = () => new Promise((resolve) => {
    pending = resolve;
    left = n;
    client.write(message);
  });
  await opsAsync('net.echo.roundTrip', run, n);
  await close(client, server);
}

async function throughput(size) {
  const chunk = Buffer.from(randomBytes(65536));
  let onAll = null;
  let received = 0;
  const server = await listen((s) => {
    s.on('data', (data) => {
      received += data.length;
      if (received >= size) onAll();
    });
  });
  const client = await connect(server.address().port);
  const run = () => new Promise((resolve) => {
    received = 0;
    onAll = resolve;
    let left = size / chunk.length;
    const write = () => {
      while (left > 0) {
        left--;
        if (!client.write(chunk)) return client.once('drain', write);
      }
      return undefined;
    };
    write();
  });
  await bulkAsync('net.loopback.write', run, size);
  await close(client, server);
}

async function main() {
  if (!net || typeof net.createServer !== 'function') {
    skipped('net.echo.roundTrip', 'no net.createServer');
    skipped('net.loopback.write', 'no net.createServer');
    return;
  }
  await roundTrips(QUICK ? 100 : 10000);
  await throughput(QUICK ? 1048576 : 64 * 1048576);
}
main().catch((e) => { console.error(e); process.exitCode = 1; });
