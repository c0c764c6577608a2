'use strict';
// crypto beyond hashing (sha256 has its own program, sha256.js): aes-256-gcm encrypt and decrypt
// of 64 MiB (1 MiB when BENCH_QUICK=1) in 1 MiB updates plus final and the tag (MiB/s), and
// one-shot crypto.sign / crypto.verify of a short message with RSA-2048 (PKCS#1 v1.5, sha256),
// P-256 ECDSA (sha256, DER signatures) and Ed25519 (ops/s). Keys are made once, outside the
// timed part. The JMH CryptoBench measures the Java hot paths behind the same operations.
const { bulk, throughput, skipped, emit, randomBytes, optional, QUICK } = require('../../lib/harness.js');

const crypto = optional('crypto');
const { Buffer } = require('buffer');
const MIB = 1048576;

// Runs setup(); when the engine lacks what it needs, records every name as skipped instead.
function group(names, what, setup) {
  let ctx;
  try {
    if (!crypto || typeof crypto[what] !== 'function') throw new Error(`no crypto.${what}`);
    ctx = setup();
  } catch (e) {
    for (const n of names) skipped(n, String(e && e.message || e).slice(0, 120));
    return;
  }
  ctx.run();
}

// A wrong result is recorded as an error, not as a figure.
function wrong(name, why) {
  emit({ bench: name, error: why });
}

group(['crypto.aes256gcm.encrypt', 'crypto.aes256gcm.decrypt'], 'createCipheriv', () => {
  const size = QUICK ? MIB : 64 * MIB;
  const chunk = Buffer.from(randomBytes(MIB));
  const key = Buffer.from(randomBytes(32));
  const iv = Buffer.from(randomBytes(12));
  const encrypt = (parts) => {
    const c = crypto.createCipheriv('aes-256-gcm', key, iv);
    let n = 0;
    for (let off = 0; off < size; off += chunk.length) {
      const out = c.update(chunk);
      n += out.length;
      if (parts) parts.push(out);
    }
    const last = c.final();
    if (parts) parts.push(last);
    return { n: n + last.length, tag: c.getAuthTag() };
  };
  // The ciphertext, kept in the 1 MiB pieces decryption is fed with.
  const parts = [];
  const { n, tag } = encrypt(parts);
  if (n !== size) throw new Error(`aes-256-gcm produced ${n} bytes for ${size}`);
  const pieces = [];
  const all = Buffer.concat(parts);
  parts.length = 0;
  for (let off = 0; off < size; off += MIB) pieces.push(all.subarray(off, off + MIB));
  const decrypt = () => {
    const d = crypto.createDecipheriv('aes-256-gcm', key, iv);
    d.setAuthTag(tag);
    let m = 0;
    for (const p of pieces) m += d.update(p).length;
    return m + d.final().length;
  };
  return {
    run() {
      bulk('crypto.aes256gcm.encrypt', () => encrypt(null).n, size);
      if (decrypt() !== size) wrong('crypto.aes256gcm.decrypt', 'decrypted length differs');
      else bulk('crypto.aes256gcm.decrypt', decrypt, size);
    },
  };
});

// Sign and verify with one key pair; sign's digest is null for Ed25519 (it hashes itself).
function signatures(label, digest, type, options) {
  const names = [`crypto.${label}.sign`, `crypto.${label}.verify`];
  group(names, 'generateKeyPairSync', () => {
    if (typeof crypto.sign !== 'function' || typeof crypto.verify !== 'function') throw new Error('no crypto.sign');
    const { privateKey, publicKey } = crypto.generateKeyPairSync(type, options);
    const msg = Buffer.from('node4j bench: a short message to sign, as a token or a request would be.');
    const sig = crypto.sign(digest, msg, privateKey);
    return {
      run() {
        if (crypto.verify(digest, msg, publicKey, sig) !== true) {
          for (const n of names) wrong(n, 'verify of a fresh signature is not true');
          return;
        }
        const opts = QUICK ? undefined : { warmMs: 2000, measureMs: 3000 };
        throughput(names[0], () => crypto.sign(digest, msg, privateKey), opts);
        throughput(names[1], () => crypto.verify(digest, msg, publicKey, sig), opts);
      },
    };
  });
}

signatures('rsa2048', 'sha256', 'rsa', { modulusLength: 2048 });
signatures('p256', 'sha256', 'ec', { namedCurve: 'P-256' });
signatures('ed25519', null, 'ed25519', undefined);
