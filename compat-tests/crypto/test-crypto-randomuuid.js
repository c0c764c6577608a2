// covers: crypto.randomUUID, globalThis.Crypto.prototype.randomUUID
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const seen = new Set();
for (let i = 0; i < 100; i++) {
  const id = crypto.randomUUID();
  assert.match(id, re);
  seen.add(id);
}
assert.strictEqual(seen.size, 100);
assert.match(crypto.randomUUID({ disableEntropyCache: true }), re);
assert.match(globalThis.crypto.randomUUID(), re);

assert.throws(() => crypto.randomUUID(1), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "options" argument must be of type object. Received type number (1)',
}));
assert.throws(() => crypto.randomUUID({ disableEntropyCache: '' }), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.disableEntropyCache" property must be of type boolean. Received type string (\'\')',
}));
