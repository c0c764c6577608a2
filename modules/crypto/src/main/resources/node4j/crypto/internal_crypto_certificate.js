'use strict';
// crypto.Certificate: Netscape SPKAC (signed public key and challenge), parsed and verified in
// Java (Spkac). Input that is not an SPKAC gives false / '' as in Node, not an error.
const { binding, toBytes, fromLatin1 } = require('internal/crypto_util');

function spkacBytes(spkac, encoding) {
  return toBytes(spkac, 'spkac', encoding, true);
}

function verifySpkac(spkac, encoding) {
  const u8 = spkacBytes(spkac, encoding);
  return binding.spkacVerify(u8.buffer, u8.byteOffset, u8.byteLength);
}

function exportChallenge(spkac, encoding) {
  const u8 = spkacBytes(spkac, encoding);
  const s = binding.spkacChallenge(u8.buffer, u8.byteOffset, u8.byteLength);
  return s === null ? '' : fromLatin1(s);
}

function exportPublicKey(spkac, encoding) {
  const u8 = spkacBytes(spkac, encoding);
  const pem = binding.spkacPublicKey(u8.buffer, u8.byteOffset, u8.byteLength);
  return pem === null ? '' : Buffer.from(pem, 'latin1');
}

// The legacy class: callable with or without new; its methods are the static functions.
function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}
Object.defineProperties(Certificate, {
  exportChallenge: { value: exportChallenge, writable: true, enumerable: true, configurable: true },
  exportPublicKey: { value: exportPublicKey, writable: true, enumerable: true, configurable: true },
  verifySpkac: { value: verifySpkac, writable: true, enumerable: true, configurable: true },
});
Object.defineProperties(Certificate.prototype, {
  verifySpkac: { value: verifySpkac, writable: true, enumerable: true, configurable: true },
  exportPublicKey: { value: exportPublicKey, writable: true, enumerable: true, configurable: true },
  exportChallenge: { value: exportChallenge, writable: true, enumerable: true, configurable: true },
});

module.exports = { Certificate };
