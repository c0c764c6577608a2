// covers: net.connect, net.createConnection, net.Socket.prototype.connect, net.Socket.prototype.destroy
'use strict';
const common = require('../common');
const assert = require('assert');
const net = require('net');

// Missing or bad arguments throw at once.
for (const call of [() => net.connect(), () => net.connect({}), () => new net.Socket().connect()]) {
  assert.throws(call, { code: 'ERR_MISSING_ARGS', name: 'TypeError' });
}
for (const port of [-1, 65536, 1.5, '', ' ']) {
  assert.throws(() => net.connect(port), { code: 'ERR_SOCKET_BAD_PORT', name: 'RangeError' });
}
assert.throws(() => net.connect({ port: 70000 }), {
  code: 'ERR_SOCKET_BAD_PORT',
  message: 'Port should be >= 0 and < 65536. Received type number (70000).',
});
assert.throws(() => net.connect({ port: true }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => net.connect({ port: 80, localAddress: 'nope' }), {
  code: 'ERR_INVALID_IP_ADDRESS', name: 'TypeError', message: 'Invalid IP address: nope',
});
for (const lookup of ['x', 1, {}]) {
  assert.throws(() => net.connect({ host: 'localhost', port: 80, lookup }), { code: 'ERR_INVALID_ARG_TYPE' });
}

// A refused connection: the error carries errno, code, syscall, address and port, then 'close'(true).
const server = net.createServer();
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  server.close(common.mustCall(() => {
    const refused = net.createConnection(port, '127.0.0.1', common.mustNotCall());
    refused.on('error', common.mustCall((err) => {
      assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.errno, -111);
      assert.strictEqual(err.syscall, 'connect');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'address', 'port']);
      assert.strictEqual(refused.destroyed, true);
    }));
    refused.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, true)));
  }));
}));

// A lookup function answering as dns.lookup does: later, and a list when asked for all addresses.
function answer(address, family) {
  return (host, opts, cb) => setImmediate(() => {
    if (opts.all) cb(null, [{ address, family }]);
    else cb(null, address, family);
  });
}

// The lookup option is called for a host name, and what it yields is connected to.
const lookedUp = net.connect({
  host: 'example.invalid',
  port: 1,
  lookup: common.mustCall((host, opts, cb) => {
    assert.strictEqual(host, 'example.invalid');
    assert.strictEqual(typeof opts, 'object');
    answer('127.0.0.1', 4)(host, opts, cb);
  }),
});
lookedUp.on('lookup', common.mustCall((err, address, family, host) => {
  assert.strictEqual(err, null);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
  assert.strictEqual(host, 'example.invalid');
}));
lookedUp.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ECONNREFUSED')));

// A lookup that fails destroys the socket with its error.
const failing = net.connect({ host: 'example.invalid', port: 1, lookup: (h, o, cb) => setImmediate(cb, new Error('no such host')) });
failing.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'no such host')));

// A lookup that yields something other than an IP address.
const notIp = net.connect({ host: 'example.invalid', port: 1, lookup: answer('bogus', 4) });
notIp.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_INVALID_IP_ADDRESS')));

// Every address of a host name is tried in turn (autoSelectFamily): all refused is an
// AggregateError with each attempt's error, and the addresses tried are listed.
const both = net.connect({
  host: 'example.invalid',
  port: 1,
  autoSelectFamily: true,
  lookup: (host, opts, cb) => setImmediate(cb, null, [{ address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }]),
});
both.on('error', common.mustCall((err) => {
  assert.ok(err instanceof AggregateError);
  assert.strictEqual(err.code, 'ECONNREFUSED');
  assert.deepStrictEqual(err.errors.map((e) => e.message), ['connect ECONNREFUSED 127.0.0.1:1', 'connect ECONNREFUSED ::1:1']);
  assert.deepStrictEqual(both.autoSelectFamilyAttemptedAddresses, ['127.0.0.1:1', '::1:1']);
}));

// destroy() before the connection is made: no 'connect', 'close' once.
const early = net.connect(1, '127.0.0.1');
early.on('connect', common.mustNotCall());
early.on('error', common.mustNotCall());
early.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, false)));
early.destroy();
