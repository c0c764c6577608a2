// covers: crypto.constants.OPENSSL_VERSION_NUMBER
// covers: crypto.constants.ENGINE_METHOD_ALL, crypto.constants.ENGINE_METHOD_CIPHERS, crypto.constants.ENGINE_METHOD_DH
// covers: crypto.constants.ENGINE_METHOD_DIGESTS, crypto.constants.ENGINE_METHOD_DSA, crypto.constants.ENGINE_METHOD_EC
// covers: crypto.constants.ENGINE_METHOD_NONE, crypto.constants.ENGINE_METHOD_PKEY_ASN1_METHS
// covers: crypto.constants.ENGINE_METHOD_PKEY_METHS, crypto.constants.ENGINE_METHOD_RAND, crypto.constants.ENGINE_METHOD_RSA
// covers: crypto.constants.SSL_OP_ALL, crypto.constants.SSL_OP_ALLOW_NO_DHE_KEX
// covers: crypto.constants.SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION, crypto.constants.SSL_OP_CIPHER_SERVER_PREFERENCE
// covers: crypto.constants.SSL_OP_CISCO_ANYCONNECT, crypto.constants.SSL_OP_COOKIE_EXCHANGE
// covers: crypto.constants.SSL_OP_CRYPTOPRO_TLSEXT_BUG, crypto.constants.SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS
// covers: crypto.constants.SSL_OP_LEGACY_SERVER_CONNECT, crypto.constants.SSL_OP_NO_COMPRESSION
// covers: crypto.constants.SSL_OP_NO_ENCRYPT_THEN_MAC, crypto.constants.SSL_OP_NO_QUERY_MTU
// covers: crypto.constants.SSL_OP_NO_RENEGOTIATION, crypto.constants.SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION
// covers: crypto.constants.SSL_OP_NO_SSLv2, crypto.constants.SSL_OP_NO_SSLv3, crypto.constants.SSL_OP_NO_TICKET
// covers: crypto.constants.SSL_OP_NO_TLSv1, crypto.constants.SSL_OP_NO_TLSv1_1, crypto.constants.SSL_OP_NO_TLSv1_2
// covers: crypto.constants.SSL_OP_NO_TLSv1_3, crypto.constants.SSL_OP_PRIORITIZE_CHACHA
// covers: crypto.constants.SSL_OP_TLS_ROLLBACK_BUG
// covers: crypto.constants.TLS1_VERSION, crypto.constants.TLS1_1_VERSION, crypto.constants.TLS1_2_VERSION
// covers: crypto.constants.TLS1_3_VERSION, crypto.constants.defaultCipherList, crypto.constants.defaultCoreCipherList
'use strict';
// The OpenSSL-derived constants: values as Node (OpenSSL 3) defines them, and how they relate.
require('../common');
const assert = require('assert');
const crypto = require('crypto');
const k = crypto.constants;

// Read-only, enumerable data properties.
const desc = Object.getOwnPropertyDescriptor(k, 'TLS1_2_VERSION');
assert.strictEqual(desc.writable, false);
assert.strictEqual(desc.configurable, false);
assert.strictEqual(desc.enumerable, true);
assert.throws(() => { 'use strict'; k.TLS1_2_VERSION = 1; }, TypeError);
assert.strictEqual(k.TLS1_2_VERSION, 0x0303);

// OPENSSL_VERSION_NUMBER is 0xMNN00PP0 and agrees with process.versions.openssl, whose version may
// carry build metadata after a '+' (Node 18 reported '3.0.13+quic').
const v = k.OPENSSL_VERSION_NUMBER;
assert.ok(Number.isInteger(v) && v > 0x30000000);
const [major, minor, patch] = process.versions.openssl.split('+')[0].split(/[.-]/).map(Number);
assert.strictEqual(Math.floor(v / 0x10000000), major);
assert.strictEqual((v >>> 20) & 0xff, minor);
assert.strictEqual((v >>> 4) & 0xff, patch);

// TLS protocol version numbers as they appear on the wire.
assert.strictEqual(k.TLS1_VERSION, 0x0301);
assert.strictEqual(k.TLS1_1_VERSION, 0x0302);
assert.strictEqual(k.TLS1_2_VERSION, 0x0303);
assert.strictEqual(k.TLS1_3_VERSION, 0x0304);

// ENGINE_METHOD_* are distinct flag bits; ALL covers them all, NONE is 0.
const engine = {
  ENGINE_METHOD_RSA: 0x1, ENGINE_METHOD_DSA: 0x2, ENGINE_METHOD_DH: 0x4, ENGINE_METHOD_RAND: 0x8,
  ENGINE_METHOD_CIPHERS: 0x40, ENGINE_METHOD_DIGESTS: 0x80, ENGINE_METHOD_PKEY_METHS: 0x200,
  ENGINE_METHOD_PKEY_ASN1_METHS: 0x400, ENGINE_METHOD_EC: 0x800,
};
let union = 0;
for (const [name, value] of Object.entries(engine)) {
  assert.strictEqual(k[name], value, name);
  assert.strictEqual(union & value, 0, name);
  union |= value;
}
assert.strictEqual(k.ENGINE_METHOD_ALL, 0xffff);
assert.strictEqual(k.ENGINE_METHOD_ALL & union, union);
assert.strictEqual(k.ENGINE_METHOD_NONE, 0);

// SSL_OP_* option bits (OpenSSL 3 values); all non-negative numbers, each a single bit
// (SSL_OP_NO_SSLv2 is 0: SSLv2 support is gone).
const ops = {
  SSL_OP_LEGACY_SERVER_CONNECT: 0x4, SSL_OP_ALLOW_NO_DHE_KEX: 0x400,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 0x800, SSL_OP_NO_QUERY_MTU: 0x1000,
  SSL_OP_COOKIE_EXCHANGE: 0x2000, SSL_OP_NO_TICKET: 0x4000, SSL_OP_CISCO_ANYCONNECT: 0x8000,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 0x10000, SSL_OP_NO_COMPRESSION: 0x20000,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 0x40000, SSL_OP_NO_ENCRYPT_THEN_MAC: 0x80000,
  SSL_OP_PRIORITIZE_CHACHA: 0x200000, SSL_OP_CIPHER_SERVER_PREFERENCE: 0x400000,
  SSL_OP_TLS_ROLLBACK_BUG: 0x800000, SSL_OP_NO_SSLv3: 0x2000000, SSL_OP_NO_TLSv1: 0x4000000,
  SSL_OP_NO_TLSv1_2: 0x8000000, SSL_OP_NO_TLSv1_1: 0x10000000, SSL_OP_NO_TLSv1_3: 0x20000000,
  SSL_OP_NO_RENEGOTIATION: 0x40000000, SSL_OP_CRYPTOPRO_TLSEXT_BUG: 0x80000000,
};
for (const [name, value] of Object.entries(ops)) {
  assert.strictEqual(k[name], value, name);
  assert.strictEqual(value & (value - 1), 0, name);
}
assert.strictEqual(k.SSL_OP_NO_SSLv2, 0);
// SSL_OP_ALL is the bug-workaround set: it includes these two and none of the NO_* options
// (OpenSSL 3 no longer puts SSL_OP_LEGACY_SERVER_CONNECT in it).
assert.strictEqual(k.SSL_OP_ALL, 0x80000850);
assert.strictEqual(k.SSL_OP_ALL & k.SSL_OP_LEGACY_SERVER_CONNECT, 0);
for (const name of ['SSL_OP_CRYPTOPRO_TLSEXT_BUG', 'SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS']) {
  assert.strictEqual((k.SSL_OP_ALL & k[name]) >>> 0, k[name], name);
}
for (const name of ['SSL_OP_NO_TLSv1', 'SSL_OP_NO_TLSv1_3', 'SSL_OP_NO_TICKET', 'SSL_OP_NO_COMPRESSION']) {
  assert.strictEqual(k.SSL_OP_ALL & k[name], 0, name);
}

// Default cipher lists: OpenSSL cipher strings, TLS 1.3 suites first.
for (const name of ['defaultCipherList', 'defaultCoreCipherList']) {
  const list = k[name];
  assert.strictEqual(typeof list, 'string');
  const parts = list.split(':');
  assert.deepStrictEqual(parts.slice(0, 3),
                         ['TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256']);
  for (const must of ['ECDHE-RSA-AES128-GCM-SHA256', 'HIGH', '!aNULL', '!eNULL', '!MD5', '!RC4']) {
    assert.ok(parts.includes(must), `${name} lacks ${must}`);
  }
}
// Without --tls-cipher-list they are the same.
assert.strictEqual(k.defaultCipherList, k.defaultCoreCipherList);
