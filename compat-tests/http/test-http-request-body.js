// covers: http.request, http.ClientRequest, http.OutgoingMessage.prototype.write, http.OutgoingMessage.prototype.end, http.IncomingMessage
'use strict';
const common = require('../common');
const assert = require('assert');
const http = require('http');

// Bodies both ways: a chunked request (write then end), a Content-Length one, and a large one.
const big = Buffer.alloc(1024 * 1024, 'z');
const server = http.createServer(common.mustCall((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', common.mustCall(() => {
    const body = Buffer.concat(chunks);
    res.setHeader('X-Transfer', req.headers['transfer-encoding'] || `length ${req.headers['content-length']}`);
    res.end(`${req.method} ${body.length} ${body.subarray(0, 5).toString()}`);
  }));
}, 3));

function send(method, write) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', method, path: '/' }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve([res.headers['x-transfer'], text]));
    });
    write(req);
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  assert.deepStrictEqual(await send('POST', (req) => { req.write('hello '); req.end('world'); }),
    ['chunked', 'POST 11 hello']);
  assert.deepStrictEqual(await send('put', (req) => {
    req.setHeader('Content-Length', 5);
    req.end('abcde');
  }), ['length 5', 'PUT 5 abcde']);
  assert.deepStrictEqual(await send('POST', (req) => req.end(big)), ['length 1048576', 'POST 1048576 zzzzz']);
  server.close();
}));
