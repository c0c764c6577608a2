// covers: dns.lookupService, dns.promises.lookupService
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const dns = require('dns');

// getnameinfo names the TCP service from /etc/services, or gives the port's number.
let ssh = '22';
try {
  if (/^ssh\s+22\/tcp/m.test(fs.readFileSync('/etc/services', 'latin1'))) ssh = 'ssh';
} catch {
  // no services file
}

const req = dns.lookupService('127.0.0.1', 22, common.mustSucceed((hostname, service) => {
  assert.strictEqual(typeof hostname, 'string');
  assert.ok(hostname.length > 0);
  assert.strictEqual(service, ssh);
}));
assert.strictEqual(req.constructor.name, 'GetNameInfoReqWrap');
assert.strictEqual(req.hostname, '127.0.0.1');
assert.strictEqual(req.port, 22);

dns.promises.lookupService('127.0.0.1', '22').then(common.mustCall((result) => {
  assert.deepStrictEqual(Object.keys(result), ['hostname', 'service']);
  assert.strictEqual(result.service, ssh);
}));

const cb = common.mustNotCall();
assert.throws(() => dns.lookupService('127.0.0.1', 22), {
  code: 'ERR_MISSING_ARGS', name: 'TypeError',
  message: 'The "address", "port", and "callback" arguments must be specified',
});
assert.throws(() => dns.promises.lookupService('127.0.0.1'), {
  code: 'ERR_MISSING_ARGS', name: 'TypeError',
  message: 'The "address" and "port" arguments must be specified',
});
assert.throws(() => dns.lookupService('example.com', 22, cb), {
  code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
  message: "The argument 'address' is invalid. Received 'example.com'",
});
for (const [port, shown] of [[65536, 'type number (65536)'], [-1, 'type number (-1)'],
  [1.5, 'type number (1.5)'], ['x', "type string ('x')"], [' ', "type string (' ')"],
  [null, 'null'], [{}, 'an instance of Object']]) {
  const expected = {
    code: 'ERR_SOCKET_BAD_PORT', name: 'RangeError',
    message: `Port should be >= 0 and < 65536. Received ${shown}.`,
  };
  assert.throws(() => dns.lookupService('127.0.0.1', port, cb), expected);
  assert.throws(() => dns.promises.lookupService('127.0.0.1', port), expected);
}
assert.throws(() => dns.lookupService('127.0.0.1', 22, 'cb'), {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "callback" argument must be of type function. Received type string (\'cb\')',
});
