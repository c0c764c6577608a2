// covers: dns.getDefaultResultOrder, dns.setDefaultResultOrder
// covers: dns.promises.getDefaultResultOrder, dns.promises.setDefaultResultOrder
'use strict';
const common = require('../common');
const assert = require('assert');
const dns = require('dns');

assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
assert.strictEqual(dns.setDefaultResultOrder('ipv4first'), undefined);
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv4first');
assert.strictEqual(dns.promises.getDefaultResultOrder(), 'ipv4first');
dns.promises.setDefaultResultOrder('ipv6first');
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv6first');

for (const bad of ['IPv4first', '', undefined, 4, null]) {
  for (const set of [dns.setDefaultResultOrder, dns.promises.setDefaultResultOrder]) {
    assert.throws(() => set(bad), common.expectsError({
      code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
      message: "The argument 'dnsOrder' must be one of: 'verbatim', 'ipv4first', 'ipv6first'. " +
        `Received ${require('util').inspect(bad)}`,
    }));
  }
}
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv6first');

// The default order applies to lookups that give none.
dns.lookup('localhost', { all: true }, common.mustSucceed((addresses) => {
  const families = addresses.map((a) => a.family);
  assert.deepStrictEqual(families, [...families].sort().reverse());
  dns.setDefaultResultOrder('verbatim');
}));
