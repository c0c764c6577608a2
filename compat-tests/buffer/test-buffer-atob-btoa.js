// covers: buffer.atob, buffer.btoa, globalThis.atob, globalThis.btoa
'use strict';
require('../common');
const assert = require('assert');
const buffer = require('buffer');

assert.strictEqual(buffer.atob, globalThis.atob);
assert.strictEqual(buffer.btoa, globalThis.btoa);

assert.strictEqual(btoa('hello'), 'aGVsbG8=');
assert.strictEqual(btoa(''), '');
assert.strictEqual(btoa('\u00ff'), '/w==');
assert.strictEqual(atob('aGVsbG8='), 'hello');
assert.strictEqual(atob('/w=='), '\u00ff');
// Missing padding and ASCII whitespace are allowed.
assert.strictEqual(atob('aGVsbG8'), 'hello');
assert.strictEqual(atob(' aGVs\nbG8= '), 'hello');
assert.strictEqual(atob(''), '');
// Arguments are stringified.
assert.strictEqual(btoa(12), 'MTI=');
assert.strictEqual(atob(null), '\u009e\u00e9e');
assert.throws(() => atob(undefined), { name: 'InvalidCharacterError' });

// btoa rejects characters above U+00FF.
assert.throws(() => btoa('\u0100'), (err) => {
  assert.strictEqual(err.name, 'InvalidCharacterError');
  assert.strictEqual(err.code, 5);
  assert.ok(err instanceof DOMException);
  return true;
});
// atob rejects invalid alphabet, bad length and bad padding.
for (const bad of ['a', 'a===', '*', 'aGVsbG8=a', '-_--', 'ab=c']) {
  assert.throws(() => atob(bad), { name: 'InvalidCharacterError' }, bad);
}
assert.throws(() => atob(), { name: 'TypeError' });
assert.throws(() => btoa(), { name: 'TypeError' });
