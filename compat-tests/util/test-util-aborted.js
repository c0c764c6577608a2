// covers: util.aborted, globalThis.AbortController
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

const ac = new AbortController();
const resource = {};
const p = util.aborted(ac.signal, resource);
assert.ok(p instanceof Promise);
p.then(common.mustCall());
setTimeout(() => ac.abort(), 1);
// Already-aborted resolves too.
util.aborted(AbortSignal.abort(), {}).then(common.mustCall());
(async () => {
  await assert.rejects(util.aborted({}, {}), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
  await assert.rejects(util.aborted(new AbortController().signal, 1), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
})().then(common.mustCall());
