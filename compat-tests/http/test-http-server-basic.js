// covers: http.createServer, http.get, http.request, http.Server, http.ServerResponse, http.IncomingMessage, http.ClientRequest, http.ServerResponse.prototype.writeHead, http.OutgoingMessage.prototype.setHeader, http.OutgoingMessage.prototype.end, http.OutgoingMessage.prototype.write, http.IncomingMessage.prototype.headers, http.IncomingMessage.prototype.rawHeaders, http.Server.prototype.close
'use strict';
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  assert.ok(req instanceof http.IncomingMessage);
  assert.ok(res instanceof http.ServerResponse);
  assert.strictEqual(req.httpVersion, '1.1');
  assert.strictEqual(req.headers.host, 'compat.test');
  assert.strictEqual(req.headers['x-test'], 'a, b');    // duplicates joined
  assert.strictEqual(req.headers['user-agent'], 'first');   // first value only
  assert.deepStrictEqual(req.headersDistinct['x-test'], ['a', 'b']);
  if (req.url === '/length') {
    assert.strictEqual(req.method, 'GET');
    res.setHeader('Content-Type', 'text/plain');
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.end('hello');
  } else {
    assert.strictEqual(req.url, '/chunked?q=1');
    res.writeHead(201, 'Made', { 'X-Reply': 'yes' });
    res.write('part one, ');
    res.end('part two');
  }
}, 2));

function get(path) {
  return new Promise((resolve) => {
    http.get({
      port: server.address().port,
      host: '127.0.0.1',
      path,
      headers: [['Host', 'compat.test'], ['X-Test', 'a'], ['X-Test', 'b'], ['User-Agent', 'first'], ['User-Agent', 'second']]
        .reduce((acc, [k, v]) => acc.concat(k, v), []),
    }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ res, body }));
    });
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const one = await get('/length');
  assert.strictEqual(one.res.statusCode, 200);
  assert.strictEqual(one.res.statusMessage, 'OK');
  assert.strictEqual(one.res.headers['content-length'], '5');
  assert.strictEqual(one.res.headers['content-type'], 'text/plain');
  assert.deepStrictEqual(one.res.headers['set-cookie'], ['a=1', 'b=2']);
  assert.strictEqual(one.res.headers['transfer-encoding'], undefined);
  assert.strictEqual(typeof one.res.headers.date, 'string');
  assert.strictEqual(one.body, 'hello');
  assert.strictEqual(one.res.complete, true);

  const two = await get('/chunked?q=1');
  assert.strictEqual(two.res.statusCode, 201);
  assert.strictEqual(two.res.statusMessage, 'Made');
  assert.strictEqual(two.res.headers['x-reply'], 'yes');
  assert.strictEqual(two.res.headers['transfer-encoding'], 'chunked');
  assert.strictEqual(two.body, 'part one, part two');
  const names = [];
  for (let i = 0; i < two.res.rawHeaders.length; i += 2) names.push(two.res.rawHeaders[i]);
  assert.deepStrictEqual(names.slice(0, 2), ['X-Reply', 'Date']);
  server.close();
}));
