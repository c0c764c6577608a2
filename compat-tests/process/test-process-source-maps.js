// covers: process.setSourceMapsEnabled, process.sourceMapsEnabled
'use strict';
const common = require('../common');
const assert = require('assert');

// Off unless --enable-source-maps; the switch takes a boolean only.
assert.strictEqual(process.sourceMapsEnabled, false);
for (const bad of [undefined, null, 1, 'true', {}, () => {}]) {
  assert.throws(() => process.setSourceMapsEnabled(bad), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  }));
}
process.setSourceMapsEnabled(false);
assert.strictEqual(process.sourceMapsEnabled, false);
