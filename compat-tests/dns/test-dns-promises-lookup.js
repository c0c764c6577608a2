// covers: dns.promises.lookup
'use strict';
const common = require('../common');
const assert = require('assert');
const dnsPromises = require('dns').promises;

assert.strictEqual(require('dns/promises'), dnsPromises);

(async () => {
  const one = await dnsPromises.lookup('localhost', 4);
  assert.deepStrictEqual(one, { address: '127.0.0.1', family: 4 });

  const all = await dnsPromises.lookup('localhost', { all: true, family: 4 });
  assert.deepStrictEqual(all[0], { address: '127.0.0.1', family: 4 });

  const any = await dnsPromises.lookup('localhost');
  assert.deepStrictEqual(Object.keys(any), ['address', 'family']);

  const literal = dnsPromises.lookup('192.0.2.7');
  assert.ok(literal instanceof Promise);
  assert.deepStrictEqual(await literal, { address: '192.0.2.7', family: 4 });
  assert.deepStrictEqual(await dnsPromises.lookup('fe80::1', { all: true }),
                         [{ address: 'fe80::1', family: 6 }]);

  await assert.rejects(dnsPromises.lookup('no-such-host.invalid', { all: true }), (err) => {
    assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND no-such-host.invalid');
    assert.strictEqual(err.code, 'ENOTFOUND');
    assert.strictEqual(err.errno, -3008);
    assert.strictEqual(err.syscall, 'getaddrinfo');
    assert.strictEqual(err.hostname, 'no-such-host.invalid');
    return true;
  });
})().then(common.mustCall());
