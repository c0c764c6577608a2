// covers: net.SocketAddress, net.SocketAddress.isSocketAddress, net.SocketAddress.parse, net.SocketAddress.prototype.address, net.SocketAddress.prototype.port, net.SocketAddress.prototype.family, net.SocketAddress.prototype.flowlabel, net.SocketAddress.prototype.toJSON
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { SocketAddress, BlockList } = require('net');

const fields = (sa) => [sa.address, sa.port, sa.family, sa.flowlabel];

// Defaults follow the family.
assert.deepStrictEqual(fields(new SocketAddress()), ['127.0.0.1', 0, 'ipv4', 0]);
assert.deepStrictEqual(fields(new SocketAddress({})), ['127.0.0.1', 0, 'ipv4', 0]);
assert.deepStrictEqual(fields(new SocketAddress({ family: 'ipv6' })), ['::', 0, 'ipv6', 0]);
assert.deepStrictEqual(fields(new SocketAddress({ family: 'IPv6' })), ['::', 0, 'ipv6', 0]);
assert.deepStrictEqual(fields(new SocketAddress({ family: undefined, address: '192.0.2.1' })),
                       ['192.0.2.1', 0, 'ipv4', 0]);

// Options: the port may be a numeric string; the flow label counts for IPv6 only.
assert.deepStrictEqual(fields(new SocketAddress({ address: '192.0.2.1', port: '8080', flowlabel: 7 })),
                       ['192.0.2.1', 8080, 'ipv4', 0]);
assert.deepStrictEqual(fields(new SocketAddress({ address: '2001:db8::1', port: 443, family: 'ipv6', flowlabel: 12345 })),
                       ['2001:db8::1', 443, 'ipv6', 12345]);
assert.strictEqual(new SocketAddress({ family: 'ipv6', flowlabel: 0xfffff }).flowlabel, 0xfffff);
assert.strictEqual(new SocketAddress({ port: 65535 }).port, 65535);

// The address comes back as the native side prints it.
for (const [input, output] of [
  ['2001:0DB8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
  ['1:0:0:1:0:0:0:1', '1:0:0:1::1'],
  ['1:0:0:0:1:0:0:1', '1::1:0:0:1'],
  ['1:2:3:4:5:6:0:8', '1:2:3:4:5:6:0:8'],
  ['1:2:3:4:5:6:7::', '1:2:3:4:5:6:7:0'],
  ['::ffff:c000:0201', '::ffff:192.0.2.1'],
  ['::c000:201', '::192.0.2.1'],
  ['::0.0.0.1', '::1'],
  ['::ffff:0:192.0.2.1', '::ffff:0:c000:201'],
  ['fe80::1%lo', 'fe80::1'],
  ['::', '::'],
]) {
  assert.strictEqual(new SocketAddress({ address: input, family: 'ipv6' }).address, output, input);
}

// Validation, in the order the options are read.
const invalidAddress = { code: 'ERR_INVALID_ADDRESS', name: 'Error', message: 'Invalid socket address' };
for (const [address, family] of [
  ['192.0.2', 'ipv4'], ['192.0.2.256', 'ipv4'], ['192.0.02.1', 'ipv4'], [' 192.0.2.1', 'ipv4'],
  ['', 'ipv4'], ['::1', 'ipv4'], ['192.0.2.1%lo', 'ipv4'], ['192.0.2.1', 'ipv6'], [':::', 'ipv6'],
  ['1::2::3', 'ipv6'], ['1:2:3:4:5:6:7:8:9', 'ipv6'], ['::12345', 'ipv6'], ['1:2:3:4:5:6:7:', 'ipv6'],
  ['::ffff:01.2.3.4', 'ipv6'], ['localhost', 'ipv6'],
]) {
  assert.throws(() => new SocketAddress({ address, family }), invalidAddress, address);
}
for (const options of [1, 'a', null, [], () => {}]) {
  assert.throws(() => new SocketAddress(options), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.throws(() => new SocketAddress(null), {
  message: 'The "options" argument must be of type object. Received null',
});
assert.throws(() => new SocketAddress({ family: 4 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The property 'options.family' is invalid. Received 4",
});
assert.throws(() => new SocketAddress({ address: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.address" property must be of type string. Received type number (1)',
});
assert.throws(() => new SocketAddress({ port: 65536 }), {
  code: 'ERR_SOCKET_BAD_PORT',
  name: 'RangeError',
  message: 'options.port should be >= 0 and < 65536. Received type number (65536).',
});
assert.throws(() => new SocketAddress({ port: '' }), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => new SocketAddress({ port: 1.5 }), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => new SocketAddress({ flowlabel: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "options.flowlabel" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => new SocketAddress({ flowlabel: '1' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.flowlabel" property must be of type number. Received type string (\'1\')',
});
assert.throws(() => new SocketAddress({ address: 'bad', port: 'x' }), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => new SocketAddress({ address: 'bad', flowlabel: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });

// Options are read once each, family first.
const reads = [];
const tracked = {};
for (const [key, value] of [['family', 'ipv4'], ['address', '192.0.2.9'], ['port', 1], ['flowlabel', 0]]) {
  Object.defineProperty(tracked, key, { get() { reads.push(key); return value; } });
}
new SocketAddress(tracked);
assert.deepStrictEqual(reads, ['family', 'address', 'port', 'flowlabel']);

// toJSON, isSocketAddress, read-only accessors, inspect.
const sa = new SocketAddress({ address: '2001:db8::7', port: 80, family: 'ipv6', flowlabel: 3 });
assert.deepStrictEqual(sa.toJSON(), { address: '2001:db8::7', port: 80, family: 'ipv6', flowlabel: 3 });
assert.strictEqual(JSON.stringify(sa), '{"address":"2001:db8::7","port":80,"family":"ipv6","flowlabel":3}');
assert.strictEqual(SocketAddress.isSocketAddress(sa), true);
for (const value of [{}, null, undefined, '192.0.2.1', sa.toJSON(), new BlockList()]) {
  assert.strictEqual(SocketAddress.isSocketAddress(value), false);
}
assert.throws(() => { sa.port = 1; }, TypeError);
assert.strictEqual(sa.port, 80);
assert.throws(() => SocketAddress(), TypeError);
assert.deepStrictEqual(Object.keys(sa), []);
for (const name of ['address', 'port', 'family', 'flowlabel']) {
  const descriptor = Object.getOwnPropertyDescriptor(SocketAddress.prototype, name);
  assert.strictEqual(typeof descriptor.get, 'function');
  assert.strictEqual(descriptor.set, undefined);
}
assert.strictEqual(util.inspect(sa),
                   "SocketAddress { address: '2001:db8::7', port: 80, family: 'ipv6', flowlabel: 3 }");
assert.strictEqual(util.inspect(sa, { depth: 0 }), 'SocketAddress [Object]');
assert.strictEqual(util.inspect({ a: { b: { sa } } }), '{ a: { b: { sa: [SocketAddress] } } }');

// parse: "host", "host:port" or "[v6]:port"; undefined when it is not an IP socket address.
// The port is read as an http: URL's, so 80 is the default and comes back as 0.
const parsed = (input) => {
  const result = SocketAddress.parse(input);
  return result === undefined ? undefined : fields(result);
};
assert.deepStrictEqual(parsed('192.0.2.1:8080'), ['192.0.2.1', 8080, 'ipv4', 0]);
assert.deepStrictEqual(parsed('192.0.2.1'), ['192.0.2.1', 0, 'ipv4', 0]);
assert.deepStrictEqual(parsed('192.0.2.1:80'), ['192.0.2.1', 0, 'ipv4', 0]);
assert.deepStrictEqual(parsed('[2001:DB8::1]:443'), ['2001:db8::1', 443, 'ipv6', 0]);
assert.deepStrictEqual(parsed('[::1]'), ['::1', 0, 'ipv6', 0]);
assert.deepStrictEqual(parsed('127.1:9'), ['127.0.0.1', 9, 'ipv4', 0]);
assert.deepStrictEqual(parsed('user@192.0.2.1:5/path?q#f'), ['192.0.2.1', 5, 'ipv4', 0]);
for (const input of ['', '::1', 'localhost:80', '192.0.2.1:65536', '192.0.2.1:x', '256.0.0.1',
  '[192.0.2.1]', ' 192.0.2.1', ':80']) {
  assert.strictEqual(SocketAddress.parse(input), undefined, input);
}
assert.throws(() => SocketAddress.parse(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "input" argument must be of type string. Received type number (1)',
});

setTimeout(common.mustCall(), 1);
