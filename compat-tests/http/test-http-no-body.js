// covers: http.ServerResponse.prototype.writeHead, http.request, http.ServerResponse.prototype.statusCode, http.ServerResponse.prototype.statusMessage
'use strict';
const common = require('../common');
const assert = require('assert');
const http = require('http');

// HEAD, 204 and 304 carry no body: whatever the handler writes is not sent.
const server = http.createServer((req, res) => {
  if (req.url === '/204') res.statusCode = 204;
  if (req.url === '/304') res.writeHead(304);
  res.end(req.method === 'HEAD' ? 'ignored body' : '');
});

function ask(method, path) {
  return new Promise((resolve) => {
    http.request({ method, path, port: server.address().port, host: '127.0.0.1' }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve([res.statusCode, res.statusMessage, body, res.headers['content-length']]));
    }).end();
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  assert.deepStrictEqual(await ask('HEAD', '/'), [200, 'OK', '', undefined]);
  assert.deepStrictEqual(await ask('GET', '/204'), [204, 'No Content', '', undefined]);
  assert.deepStrictEqual(await ask('GET', '/304'), [304, 'Not Modified', '', undefined]);
  assert.deepStrictEqual(await ask('GET', '/'), [200, 'OK', '', '0']);
  server.close();
}));
