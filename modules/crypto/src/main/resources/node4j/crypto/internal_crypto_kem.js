'use strict';
// crypto.encapsulate / crypto.decapsulate (Node 24.7+): key encapsulation with the key's own KEM
// (DHKEM for X25519/X448/P-256/P-384/P-521, RSASVE for RSA, ML-KEM), worked in Java (KemBinding).
// Node's order: the callback is checked first, then the key, then the ciphertext.
const { validateFunction } = require('internal/validators');
const { binding, toBytes, fromLatin1 } = require('internal/crypto_util');
const { asymKeyOf } = require('internal/crypto_keys');

const kem = binding.kem();

// Node's KEM job reports a failure to a callback with this message, no code and no JS frames
// (the error is made in C++ when the job ends).
function jobFailed() {
  const err = new Error('Deriving bits failed');
  err.stack = 'Error: Deriving bits failed';
  return err;
}

function encapsulate(key, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  const k = asymKeyOf(key, false);
  if (callback === undefined) {
    const [sharedKey, ciphertext] = kem.encapsulate(k);
    return { sharedKey: fromLatin1(sharedKey), ciphertext: fromLatin1(ciphertext) };
  }
  kem.encapsulateAsync(k, (err, sharedKey, ciphertext) => {
    if (err != null) callback(jobFailed());
    else callback(null, { sharedKey: fromLatin1(sharedKey), ciphertext: fromLatin1(ciphertext) });
  });
}

function decapsulate(key, ciphertext, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  const k = asymKeyOf(key, true);
  const ct = toBytes(ciphertext, 'ciphertext', 'utf8', true);
  if (callback === undefined) return fromLatin1(kem.decapsulate(k, ct.buffer, ct.byteOffset, ct.byteLength));
  kem.decapsulateAsync(k, ct.buffer, ct.byteOffset, ct.byteLength, (err, sharedKey) => {
    if (err != null) callback(jobFailed());
    else callback(null, fromLatin1(sharedKey));
  });
}

module.exports = { encapsulate, decapsulate };
