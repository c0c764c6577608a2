// covers: globalThis.SubtleCrypto.prototype.digest, globalThis.SubtleCrypto.prototype.importKey
// covers: globalThis.SubtleCrypto.prototype.generateKey, globalThis.SubtleCrypto.prototype.exportKey
// covers: globalThis.SubtleCrypto.prototype.sign, globalThis.SubtleCrypto.prototype.deriveBits
// covers: globalThis.SubtleCrypto.prototype.encrypt, globalThis.SubtleCrypto
'use strict';
// Web Crypto argument conversion: missing arguments, wrong types, unknown algorithms and bad
// parameter dictionaries reject with Node's TypeErrors and the spec's DOMException names.
const common = require('../common');
const assert = require('assert');

const { subtle } = globalThis.crypto;
const data = new Uint8Array(8);

(async () => {
  // Too few arguments.
  await assert.rejects(subtle.digest('SHA-256'), {
    name: 'TypeError', code: 'ERR_MISSING_ARGS',
    message: "Failed to execute 'digest' on 'SubtleCrypto': 2 arguments required, but only 1 present.",
  });
  await assert.rejects(subtle.importKey('raw', data, 'AES-GCM', true), { code: 'ERR_MISSING_ARGS' });

  // A method called on something that is not the SubtleCrypto instance.
  const fake = Object.create(SubtleCrypto.prototype);
  await assert.rejects(fake.digest('SHA-256', data), { name: 'TypeError', code: 'ERR_INVALID_THIS' });
  assert.throws(() => new SubtleCrypto(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR' });

  // Data that is not a BufferSource.
  for (const bad of ['text', 5, [1, 2], {}]) {
    await assert.rejects(subtle.digest('SHA-256', bad), {
      name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
      message: "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not instance of " +
        'ArrayBuffer, Buffer, TypedArray, or DataView.',
    });
  }

  // Unknown algorithm names (non-objects become strings first), matched case-insensitively.
  for (const bad of ['SHA-257', null, 7, { name: 'nope' }]) {
    await assert.rejects(subtle.digest(bad, data),
                         { name: 'NotSupportedError', message: 'Unrecognized algorithm name' });
  }
  assert.strictEqual((await subtle.digest('sHa-256', data)).byteLength, 32);
  await assert.rejects(subtle.digest({}, data), { name: 'TypeError', code: 'ERR_MISSING_OPTION' });

  // An algorithm known elsewhere but not for this operation.
  await assert.rejects(subtle.generateKey('HKDF', false, ['deriveBits']), { name: 'NotSupportedError' });
  await assert.rejects(subtle.encrypt('HMAC', await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true,
    ['sign']), data), { name: 'NotSupportedError' });

  // Enumerations: key formats and usages.
  await assert.rejects(subtle.importKey('der', data, 'AES-GCM', true, ['encrypt']), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: /^Failed to execute 'importKey' on 'SubtleCrypto': 1st argument .*'der' is not a valid enum value of /,
  });
  await assert.rejects(subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt', 'burn']), {
    code: 'ERR_INVALID_ARG_VALUE',
  });
  await assert.rejects(subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, 'encrypt'), {
    code: 'ERR_INVALID_ARG_TYPE',
  });

  // Dictionary members: required ones, integer ranges, and the per-member checks.
  await assert.rejects(subtle.generateKey({ name: 'AES-GCM' }, true, ['encrypt']), { code: 'ERR_MISSING_OPTION' });
  await assert.rejects(subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']), {
    name: 'OperationError', message: 'AES key length must be 128, 192, or 256 bits',
  });
  await assert.rejects(subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-192' }, true, ['sign']), {
    name: 'NotSupportedError', message: 'Unrecognized namedCurve',
  });
  await assert.rejects(subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 0 }, true, ['sign']), {
    name: 'OperationError', message: 'HmacKeyGenParams.length cannot be 0',
  });
  await assert.rejects(subtle.generateKey({ name: 'HMAC', hash: 'Ed25519' }, true, ['sign']), {
    name: 'NotSupportedError', message: 'Only SHA hashes are supported in HmacKeyGenParams',
  });
  const aes = await subtle.generateKey({ name: 'AES-CBC', length: 128 }, false, ['encrypt']);
  await assert.rejects(subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(8) }, aes, data), {
    name: 'OperationError', message: 'algorithm.iv must contain exactly 16 bytes',
  });

  // Usages that do not fit the key.
  await assert.rejects(subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['sign']), {
    name: 'SyntaxError', message: /^Unsupported key usage for /,
  });
  await assert.rejects(subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, []), {
    name: 'SyntaxError', message: 'Usages cannot be empty when creating a key.',
  });
  await assert.rejects(subtle.importKey('raw', data, 'PBKDF2', true, ['deriveBits']), {
    name: 'SyntaxError', message: 'PBKDF2 keys are not extractable',
  });

  // Keys used for what they are not for.
  await assert.rejects(subtle.sign('HMAC', aes, data), { name: 'InvalidAccessError' });
  await assert.rejects(subtle.exportKey('raw', aes), { message: 'key is not extractable' });
  await assert.rejects(subtle.exportKey('raw', {}), { code: 'ERR_INVALID_ARG_TYPE' });
  const hkdf = await subtle.importKey('raw', data, 'HKDF', false, ['deriveBits']);
  const params = { name: 'HKDF', hash: 'SHA-256', salt: data, info: data };
  await assert.rejects(subtle.deriveBits(params, hkdf, 7), {
    name: 'OperationError', message: 'length must be a multiple of 8',
  });
  await assert.rejects(subtle.deriveBits(params, hkdf), {
    name: 'OperationError', message: 'length cannot be null',
  });
})().then(common.mustCall());
