// covers: dns.ADDRCONFIG, dns.ALL, dns.V4MAPPED
// covers: dns.NODATA, dns.FORMERR, dns.SERVFAIL, dns.NOTFOUND, dns.NOTIMP, dns.REFUSED, dns.BADQUERY
// covers: dns.BADNAME, dns.BADFAMILY, dns.BADRESP, dns.CONNREFUSED, dns.TIMEOUT, dns.EOF, dns.FILE
// covers: dns.NOMEM, dns.DESTRUCTION, dns.BADSTR, dns.BADFLAGS, dns.NONAME, dns.BADHINTS
// covers: dns.NOTINITIALIZED, dns.LOADIPHLPAPI, dns.ADDRGETNETWORKPARAMS, dns.CANCELLED
// covers: dns.promises.NODATA, dns.promises.FORMERR, dns.promises.SERVFAIL, dns.promises.NOTFOUND
// covers: dns.promises.NOTIMP, dns.promises.REFUSED, dns.promises.BADQUERY, dns.promises.BADNAME
// covers: dns.promises.BADFAMILY, dns.promises.BADRESP, dns.promises.CONNREFUSED, dns.promises.TIMEOUT
// covers: dns.promises.EOF, dns.promises.FILE, dns.promises.NOMEM, dns.promises.DESTRUCTION
// covers: dns.promises.BADSTR, dns.promises.BADFLAGS, dns.promises.NONAME, dns.promises.BADHINTS
// covers: dns.promises.NOTINITIALIZED, dns.promises.LOADIPHLPAPI, dns.promises.ADDRGETNETWORKPARAMS
// covers: dns.promises.CANCELLED, dns.promises
'use strict';
const common = require('../common');
const assert = require('assert');
const dns = require('dns');

// getaddrinfo's flags, with Linux's values.
if (common.isLinux) {
  assert.strictEqual(dns.V4MAPPED, 8);
  assert.strictEqual(dns.ALL, 16);
  assert.strictEqual(dns.ADDRCONFIG, 32);
}
for (const flag of ['ADDRCONFIG', 'ALL', 'V4MAPPED']) {
  assert.strictEqual(typeof dns[flag], 'number');
  assert.strictEqual(dns.promises[flag], undefined);
}

const codes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};
for (const [name, code] of Object.entries(codes)) {
  assert.strictEqual(dns[name], code, name);
  assert.strictEqual(dns.promises[name], code, name);
}

// The codes follow the flags among the module's keys, in this order.
const keys = Object.keys(dns);
const at = keys.indexOf('V4MAPPED');
assert.deepStrictEqual(keys.slice(at + 1, at + 1 + 24), Object.keys(codes));
