// covers: net.Server.prototype.listen, net.Server.prototype.close, net.Server.prototype.address, net.createServer
'use strict';
const common = require('../common');
const assert = require('assert');
const net = require('net');

assert.throws(() => net.createServer().listen(65536), {
  code: 'ERR_SOCKET_BAD_PORT',
  message: 'options.port should be >= 0 and < 65536. Received type number (65536).',
});
assert.throws(() => net.createServer().listen({ port: -1 }), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => net.createServer().listen({ host: 'localhost' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: /^The argument 'options' must have the property "port" or "path"\. Received /,
});
assert.throws(() => net.createServer('x'), { code: 'ERR_INVALID_ARG_TYPE' });

// Closing a server that is not listening: the callback gets ERR_SERVER_NOT_RUNNING, 'close' still fires.
const idle = net.createServer();
idle.on('close', common.mustCall());
idle.close(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
  assert.strictEqual(err.message, 'Server is not running.');
}));

const first = net.createServer();
first.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = first.address();
  assert.throws(() => first.listen(0), {
    code: 'ERR_SERVER_ALREADY_LISTEN',
    message: 'Listen method has been called more than once without closing.',
  });
  // The same address twice: EADDRINUSE as an 'error' event, after listen() returned.
  const second = net.createServer();
  let returned = false;
  second.on('listening', common.mustNotCall());
  second.on('error', common.mustCall((err) => {
    assert.ok(returned);
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.errno, -98);
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.deepStrictEqual(Object.keys(err), ['code', 'errno', 'syscall', 'address', 'port']);
    assert.strictEqual(second.listening, false);
    first.close(common.mustCall());
  }));
  second.listen(port, '127.0.0.1');
  returned = true;
}));

// listen() forms: (options), (port, host, backlog, cb) and (cb) alone.
const withOptions = net.createServer();
withOptions.listen({ port: 0, host: '127.0.0.1' }, common.mustCall(function() {
  assert.strictEqual(this, withOptions);
  assert.strictEqual(withOptions.address().address, '127.0.0.1');
  assert.strictEqual(withOptions.address().family, 'IPv4');
  withOptions.close();
}));
const withBacklog = net.createServer();
withBacklog.listen(0, '::1', 10, common.mustCall(() => {
  assert.deepStrictEqual(withBacklog.address(), { address: '::1', family: 'IPv6', port: withBacklog.address().port });
  withBacklog.close();
}));
const callbackOnly = net.createServer();
callbackOnly.listen(common.mustCall(() => {
  assert.strictEqual(callbackOnly.address().address, '::');
  callbackOnly.close();
}));
