// covers: crypto.createCipheriv, crypto.createDecipheriv, crypto.Cipheriv.prototype.getAuthTag, crypto.Decipheriv.prototype.setAuthTag
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

if (!crypto.getCiphers().includes('chacha20-poly1305')) common.skip('no chacha20-poly1305');

// RFC 8439 section 2.8.2 AEAD test vector.
const key = Buffer.from('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f', 'hex');
const nonce = Buffer.from('070000004041424344454647', 'hex');
const aad = Buffer.from('50515253c0c1c2c3c4c5c6c7', 'hex');
const pt = Buffer.from("Ladies and Gentlemen of the class of '99: If I could offer you only one tip " +
                       'for the future, sunscreen would be it.');
const c = crypto.createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
c.setAAD(aad, { plaintextLength: pt.length });
const ct = Buffer.concat([c.update(pt), c.final()]);
assert.strictEqual(ct.toString('hex', 0, 16), 'd31a8d34648e60db7b86afbc53ef7ec2');
assert.strictEqual(c.getAuthTag().toString('hex'), '1ae10b594f09e26a7e902ecbd0600691');

const d = crypto.createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
d.setAAD(aad, { plaintextLength: ct.length });
d.setAuthTag(c.getAuthTag());
assert.deepStrictEqual(Buffer.concat([d.update(ct), d.final()]), pt);

// Wrong tag.
const bad = crypto.createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
bad.setAAD(aad);
bad.setAuthTag(Buffer.alloc(16));
bad.update(ct);
assert.throws(() => bad.final(), { message: 'Unsupported state or unable to authenticate data' });
