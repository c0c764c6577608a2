// covers: http.ServerResponse.prototype.writeProcessing, http.ServerResponse.prototype.writeEarlyHints, http.ServerResponse.prototype.writeHeader, http.OutgoingMessage.prototype.addTrailers, http.OutgoingMessage.prototype.flushHeaders, http.OutgoingMessage.prototype.cork, http.OutgoingMessage.prototype.uncork, http.OutgoingMessage.prototype.writableEnded, http.OutgoingMessage.prototype.writableFinished, http.OutgoingMessage.prototype.writableLength, http.OutgoingMessage.prototype.writableObjectMode, http.OutgoingMessage.prototype.writableHighWaterMark, http.OutgoingMessage.prototype.writableCorked, http.OutgoingMessage.prototype.socket, http.OutgoingMessage.prototype.connection, http.IncomingMessage.prototype.trailers, http.IncomingMessage.prototype.trailersDistinct, http.IncomingMessage.prototype.headersDistinct, http.IncomingMessage.prototype.connection, http.ClientRequest.prototype.path
'use strict';
const common = require('../common');
const assert = require('assert');
const http = require('http');

// Informational responses, trailers and the writable state of a response, seen by a client.
const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(res.socket, req.socket);
  assert.strictEqual(res.connection, res.socket);
  assert.strictEqual(req.connection, req.socket);
  assert.strictEqual(res.writableObjectMode, false);
  assert.strictEqual(typeof res.writableHighWaterMark, 'number');
  res.writeProcessing();
  res.writeEarlyHints({ link: '</style.css>; rel=preload; as=style' });
  res.writeHeader(200, { 'Content-Type': 'text/plain', Trailer: 'X-Checksum' });
  res.flushHeaders();
  res.cork();
  assert.strictEqual(res.writableCorked, 1);
  res.write('a');
  res.write('b');
  res.uncork();
  res.addTrailers({ 'X-Checksum': 'abc' });
  assert.strictEqual(res.writableEnded, false);
  res.end('c');
  assert.strictEqual(res.writableEnded, true);
  assert.strictEqual(typeof res.writableLength, 'number');
  res.on('finish', common.mustCall(() => assert.strictEqual(res.writableFinished, true)));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1', path: '/first' });
  assert.strictEqual(req.path, '/first');
  req.path = '/second';
  assert.throws(() => { req.path = '/a b'; }, { code: 'ERR_UNESCAPED_CHARACTERS' });
  assert.strictEqual(req.path, '/second');
  const infos = [];
  req.on('information', (info) => infos.push(info.statusCode));
  req.on('response', common.mustCall((res) => {
    assert.deepStrictEqual(infos, [102, 103]);
    assert.strictEqual(res.headers['transfer-encoding'], 'chunked');
    assert.deepStrictEqual(res.headersDistinct['content-type'], ['text/plain']);
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'abc');
      assert.deepStrictEqual({ ...res.trailers }, { 'x-checksum': 'abc' });
      assert.deepStrictEqual({ ...res.trailersDistinct }, { 'x-checksum': ['abc'] });
      assert.deepStrictEqual(res.rawTrailers, ['X-Checksum', 'abc']);
      server.close();
    }));
  }));
}));
