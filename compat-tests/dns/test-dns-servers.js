// covers: dns.getServers, dns.setServers, dns.promises.getServers, dns.promises.setServers
// covers: dns.Resolver, dns.Resolver.prototype.getServers, dns.Resolver.prototype.setServers
// covers: dns.Resolver.prototype.setLocalAddress, dns.Resolver.prototype.cancel
// covers: dns.promises.Resolver, dns.promises.Resolver.prototype.getServers
// covers: dns.promises.Resolver.prototype.setServers, dns.promises.Resolver.prototype.setLocalAddress
// covers: dns.promises.Resolver.prototype.cancel
'use strict';
const common = require('../common');
const assert = require('assert');
const net = require('net');
const dns = require('dns');

// The system's servers (resolv.conf), as addresses with an optional :port.
for (const s of dns.getServers()) assert.ok(net.isIP(s.replace(/^\[(.*)\]:\d+$|:\d+$/, '$1') || s), s);
assert.deepStrictEqual(new dns.Resolver().getServers(), dns.getServers());

// Ports other than 53 are kept; IPv6 addresses are printed in their short form, zones dropped;
// a server listed twice counts once.
dns.setServers(['192.0.2.1', '192.0.2.2:5353', '[2001:db8::1]:5300', '[2001:db8::2]',
                '2001:0db8:0:0:0:0:0:3', 'fe80::1%eth0', '192.0.2.1', '[192.0.2.4]:54',
                '192.0.2.5:053', '::ffff:192.0.2.6']);
assert.deepStrictEqual(dns.getServers(), ['192.0.2.1', '192.0.2.2:5353', '[2001:db8::1]:5300',
                                          '2001:db8::2', '2001:db8::3', 'fe80::1', '192.0.2.4:54',
                                          '192.0.2.5', '::ffff:192.0.2.6']);
// dns.setServers sets dns.promises' servers too.
assert.deepStrictEqual(dns.promises.getServers(), dns.getServers());
dns.setServers([]);
assert.deepStrictEqual(dns.getServers(), []);

const r = new dns.Resolver({ timeout: 100, tries: 2 });
r.setServers(['127.0.0.1:5353']);
assert.deepStrictEqual(r.getServers(), ['127.0.0.1:5353']);
assert.deepStrictEqual(Object.keys(r), ['_handle']);
r.cancel();

const p = new dns.promises.Resolver();
p.setServers(['::1']);
assert.deepStrictEqual(p.getServers(), ['::1']);
dns.promises.setServers(['192.0.2.9']);
assert.deepStrictEqual(dns.promises.getServers(), ['192.0.2.9']);

for (const target of [dns, dns.promises, r, p]) {
  assert.throws(() => target.setServers('127.0.0.1'), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: 'The "servers" argument must be an instance of Array. Received type string (\'127.0.0.1\')',
  }));
  assert.throws(() => target.setServers(['127.0.0.1', 53]), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: 'The "servers[1]" argument must be of type string. Received type number (53)',
  }));
  for (const bad of ['example.com', '[::1', '1.2.3', '', '127.0.0.1:x']) {
    assert.throws(() => target.setServers([bad]), common.expectsError({
      code: 'ERR_INVALID_IP_ADDRESS', name: 'TypeError', message: `Invalid IP address: ${bad}`,
    }));
  }
}
// A rejected list leaves the servers as they were.
assert.deepStrictEqual(r.getServers(), ['127.0.0.1:5353']);

// Resolver options.
for (const Resolver of [dns.Resolver, dns.promises.Resolver]) {
  new Resolver({ timeout: -1, tries: 1, maxTimeout: 0 });
  new Resolver(null);
  assert.throws(() => new Resolver({ timeout: -2 }), common.expectsError({
    code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
    message: 'The value of "options.timeout" is out of range. It must be >= -1 && <= 2147483647. Received -2',
  }));
  assert.throws(() => new Resolver({ timeout: 1.5 }), common.expectsError({
    code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
    message: 'The value of "options.timeout" is out of range. It must be an integer. Received 1.5',
  }));
  assert.throws(() => new Resolver({ tries: 0 }), common.expectsError({
    code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
    message: 'The value of "options.tries" is out of range. It must be >= 1 && <= 2147483647. Received 0',
  }));
  assert.throws(() => new Resolver({ tries: '2' }), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: 'The "options.tries" property must be of type number. Received type string (\'2\')',
  }));
  assert.throws(() => new Resolver({ maxTimeout: -1 }), common.expectsError({
    code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
    message: 'The value of "options.maxTimeout" is out of range. It must be >= 0 && <= 4294967295. Received -1',
  }));
  assert.throws(() => Resolver(), TypeError);

  const res = new Resolver();
  res.setLocalAddress('127.0.0.1');
  res.setLocalAddress('127.0.0.1', '::1');
  res.setLocalAddress('::1', '127.0.0.1');
  assert.throws(() => res.setLocalAddress(), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: 'The "ipv4" argument must be of type string. Received undefined',
  }));
  assert.throws(() => res.setLocalAddress('127.0.0.1', 6), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: 'The "ipv6" argument must be of type string. Received type number (6)',
  }));
  for (const [args, message] of [[['localhost'], 'Invalid IP address.'],
    [['127.0.0.1', 'x'], 'Invalid IP address.'],
    [['127.0.0.1', '127.0.0.2'], 'Cannot specify two IPv4 addresses.'],
    [['::1', '::2'], 'Cannot specify two IPv6 addresses.']]) {
    assert.throws(() => res.setLocalAddress(...args), common.expectsError({
      code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError', message,
    }));
  }
}
