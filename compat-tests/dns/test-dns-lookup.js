// covers: dns.lookup
'use strict';
const common = require('../common');
const assert = require('assert');
const dns = require('dns');

// Answers come asynchronously, even for an address literal.
let sync = true;

dns.lookup('localhost', common.mustSucceed((address, family) => {
  assert.strictEqual(sync, false);
  assert.ok(family === 4 || family === 6);
  assert.ok(address === '127.0.0.1' || address === '::1', address);
}));

dns.lookup('localhost', 4, common.mustSucceed((address, family) => {
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));

dns.lookup('localhost', { family: 'IPv4', all: true }, common.mustSucceed((addresses) => {
  assert.ok(Array.isArray(addresses));
  assert.deepStrictEqual(addresses[0], { address: '127.0.0.1', family: 4 });
  for (const a of addresses) assert.strictEqual(a.family, 4);
}));

dns.lookup('localhost', { all: true, order: 'ipv4first' }, common.mustSucceed((addresses) => {
  const families = addresses.map((a) => a.family);
  assert.deepStrictEqual(families, [...families].sort());
}));

dns.lookup('localhost', { all: true, order: 'ipv6first' }, common.mustSucceed((addresses) => {
  const families = addresses.map((a) => a.family);
  assert.deepStrictEqual(families, [...families].sort().reverse());
}));

dns.lookup('localhost', { all: true, verbatim: false }, common.mustSucceed((addresses) => {
  assert.ok(addresses.length > 0);
}));

// Literals are answered as they are, with their own family whatever family was asked for.
dns.lookup('127.0.0.1', common.mustSucceed((address, family) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));
dns.lookup('::1', { family: 4 }, common.mustSucceed((address, family) => {
  assert.strictEqual(address, '::1');
  assert.strictEqual(family, 6);
}));
dns.lookup('0:0::1', { all: true }, common.mustSucceed((addresses) => {
  assert.deepStrictEqual(addresses, [{ address: '0:0::1', family: 6 }]);
}));
assert.deepStrictEqual(dns.lookup('10.0.0.1', common.mustCall()), {});

// A name that cannot exist (RFC 6761): ENOTFOUND from getaddrinfo, and only the error.
const req = dns.lookup('nothing-here.invalid', common.mustCall(function(err, ...rest) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(rest.length, 0);
  assert.ok(err instanceof Error);
  assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND nothing-here.invalid');
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(err.errno, -3008);
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'nothing-here.invalid');
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'hostname']);
}));
assert.strictEqual(req.constructor.name, 'GetAddrInfoReqWrap');
assert.strictEqual(req.hostname, 'nothing-here.invalid');
assert.strictEqual(req.family, 0);

dns.lookup('nothing-here.invalid', { all: true, family: 6 }, common.mustCall((err, addresses) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(addresses, undefined);
}));

sync = false;
