// covers: crypto.Cipheriv.prototype._transform, crypto.Cipheriv.prototype._flush
// covers: crypto.Decipheriv.prototype._transform, crypto.Decipheriv.prototype._flush
// covers: crypto.Decipheriv.prototype.update, crypto.Decipheriv.prototype.final
// covers: crypto.Hash.prototype._transform, crypto.Hash.prototype._flush
// covers: crypto.Hmac.prototype._transform, crypto.Hmac.prototype._flush
// covers: crypto.Sign, crypto.Sign.prototype._write, crypto.Verify, crypto.Verify.prototype._write
'use strict';
// The stream hooks behind cipher/hash/sign objects: _transform feeds update(), _flush pushes
// final()/digest() (or reports its error to the callback), _write feeds update().
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const stream = require('stream');

const key = Buffer.alloc(16, 1);
const iv = Buffer.alloc(16, 2);
const plain = 'sixteen byte msg and some more';
function encrypt(text) {
  const c = crypto.createCipheriv('aes-128-cbc', key, iv);
  return Buffer.concat([c.update(text, 'utf8'), c.final()]);
}
const ciphertext = encrypt(plain);
assert.strictEqual(ciphertext.length, 32);

// Cipheriv: _transform pushes update()'s output, _flush pushes final()'s.
{
  const c = crypto.createCipheriv('aes-128-cbc', key, iv);
  c._transform(Buffer.from(plain.slice(0, 10)), 'buffer', common.mustCall((err) => assert.ifError(err)));
  c._transform(plain.slice(10), 'utf8', common.mustCall((err) => assert.ifError(err)));
  assert.strictEqual(c.readableLength, 16);   // one full block so far
  c._flush(common.mustCall((err) => assert.ifError(err)));
  assert.deepStrictEqual(c.read(), ciphertext);
}

// Decipheriv: the same hooks, and _flush hands final()'s error to its callback.
{
  const d = crypto.createDecipheriv('aes-128-cbc', key, iv);
  d._transform(ciphertext.toString('hex'), 'hex', common.mustCall((err) => assert.ifError(err)));
  d._flush(common.mustCall((err) => assert.ifError(err)));
  assert.strictEqual(d.read().toString(), plain);

  const truncated = crypto.createDecipheriv('aes-128-cbc', key, iv);
  truncated._transform(ciphertext.subarray(0, 20), 'buffer', common.mustCall());
  truncated._flush(common.mustCall((err) => {
    assert.ok(err instanceof Error);
    assert.match(err.message, /wrong final block length/);
  }));
}

// Decipheriv.prototype.update / final.
{
  const d = crypto.createDecipheriv('aes-128-cbc', key, iv);
  assert.strictEqual(d.update(ciphertext, undefined, 'utf8') + d.final('utf8'), plain);
  const h = crypto.createDecipheriv('aes-128-cbc', key, iv);
  const first = h.update(ciphertext.toString('base64'), 'base64');
  assert.ok(Buffer.isBuffer(first));
  assert.strictEqual(Buffer.concat([first, h.final()]).toString(), plain);
  // After final(), the object is spent.
  assert.throws(() => h.final(), common.expectsError({ code: 'ERR_CRYPTO_INVALID_STATE' }));
  assert.throws(() => h.update(ciphertext), /unsupported state/);
  // Without padding removal the padding block stays.
  const raw = crypto.createDecipheriv('aes-128-cbc', key, iv);
  raw.setAutoPadding(false);
  const all = Buffer.concat([raw.update(ciphertext), raw.final()]);
  assert.strictEqual(all.length, 32);
  assert.deepStrictEqual(all.subarray(30), Buffer.from([2, 2]));
  assert.throws(() => crypto.createDecipheriv('aes-128-cbc', key, iv).update(5),
                common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
  const wrongKey = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16, 9), iv);
  wrongKey.update(ciphertext);
  assert.throws(() => wrongKey.final(), /bad decrypt/);
}

// Hash / Hmac: _transform updates, _flush pushes the digest.
{
  const h = crypto.createHash('sha256');
  h._transform('ab', 'utf8', common.mustCall((err) => assert.ifError(err)));
  h._transform(Buffer.from('c'), 'buffer', common.mustCall((err) => assert.ifError(err)));
  assert.strictEqual(h.readableLength, 0);
  h._flush(common.mustCall((err) => assert.ifError(err)));
  assert.strictEqual(h.read().toString('hex'),
                     'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');

  // RFC 4231 test case 2.
  const m = crypto.createHmac('sha256', 'Jefe');
  m._transform('what do ya want ', 'utf8', common.mustCall());
  m._transform(Buffer.from('for nothing?'), 'buffer', common.mustCall());
  m._flush(common.mustCall((err) => assert.ifError(err)));
  assert.strictEqual(m.read().toString('hex'),
                     '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
}

// Sign / Verify are Writable streams; _write feeds update().
const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
{
  assert.ok(crypto.createSign('sha256') instanceof crypto.Sign);
  assert.ok(crypto.createVerify('sha256') instanceof crypto.Verify);
  assert.ok(new crypto.Sign('sha256') instanceof stream.Writable);
  // eslint-disable-next-line new-cap
  assert.ok(crypto.Verify('sha256') instanceof stream.Writable);
  assert.throws(() => new crypto.Sign(), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
  assert.throws(() => crypto.createSign('no-such-digest'),
                common.expectsError({ code: 'ERR_CRYPTO_INVALID_DIGEST' }));
  assert.throws(() => crypto.createVerify('no-such-digest'),
                common.expectsError({ code: 'ERR_CRYPTO_INVALID_DIGEST' }));

  const s = crypto.createSign('sha256');
  s._write(Buffer.from('ab'), 'buffer', common.mustCall((err) => assert.ifError(err)));
  s._write('63', 'hex', common.mustCall((err) => assert.ifError(err)));
  const sig = s.sign(privateKey);
  assert.strictEqual(crypto.verify('sha256', Buffer.from('abc'), publicKey, sig), true);

  const v = crypto.createVerify('sha256');
  v._write('abc', 'utf8', common.mustCall((err) => assert.ifError(err)));
  assert.strictEqual(v.verify(publicKey, sig), true);
  const v2 = crypto.createVerify('sha256');
  v2._write('abd', 'utf8', common.mustCall());
  assert.strictEqual(v2.verify(publicKey, sig), false);
}

// Through the stream machinery: write() + end() reach _write.
{
  const s = crypto.createSign('sha256');
  s.write('a');
  s.end('bc', common.mustCall(() => {
    const v = crypto.createVerify('sha256');
    v.end(Buffer.from('abc'));
    v.on('finish', common.mustCall(() => assert.strictEqual(v.verify(publicKey, s.sign(privateKey)), true)));
  }));
}
