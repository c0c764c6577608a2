'use strict';
// http over loopback: requests per second of GET round trips on one keep-alive connection (a
// small text response with Content-Length), and of POSTs with a 64 KiB body answered chunked.
// Skipped when the engine lacks http.
const { opsAsync, skipped, optional, QUICK } = require('../../lib/harness.js');

const http = optional('http');
const { Buffer } = require('buffer');

function fail(err) {
  console.error(err);
  process.exit(1);
}

async function main() {
  if (!http || typeof http.createServer !== 'function') {
    skipped('http.get.keepAlive', 'no http.createServer');
    skipped('http.post.64KiB', 'no http.createServer');
    return;
  }
  const server = http.createServer((req, res) => {
    if (req.method === 'GET') {
      res.setHeader('Content-Type', 'text/plain');
      res.end('hello world');
      return;
    }
    let size = 0;
    req.on('data', (d) => { size += d.length; });
    req.on('end', () => {
      res.write('got ');
      res.end(String(size));
    });
  });
  server.on('error', fail);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const target = { agent, host: '127.0.0.1', port: server.address().port };
  const body = Buffer.alloc(65536, 'p');

  const once = (method) => new Promise((resolve) => {
    const req = http.request({ ...target, method, path: '/' }, (res) => {
      res.on('data', () => {});
      res.on('end', resolve);
    });
    req.on('error', fail);
    req.end(method === 'POST' ? body : undefined);
  });
  const many = (method, n) => async () => {
    for (let i = 0; i < n; i++) await once(method);
  };
  const n = QUICK ? 50 : 2000;
  const posts = n >> 2;
  await opsAsync('http.get.keepAlive', many('GET', n), n);
  await opsAsync('http.post.64KiB', many('POST', posts), posts);
  agent.destroy();
  server.close();
}
main().catch(fail);
