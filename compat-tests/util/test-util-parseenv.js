// covers: util.parseEnv
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

const env = util.parseEnv([
  '# comment line',
  'A=1',
  'B = spaced ',
  'C="quoted value"',
  "D='single'",
  'E=before # trailing comment',
  'export F=exported',
  'G="multi',
  'line"',
  'EMPTY=',
  '',
].join('\n'));
assert.strictEqual(env.A, '1');
assert.strictEqual(env.B, 'spaced');
assert.strictEqual(env.C, 'quoted value');
assert.strictEqual(env.D, 'single');
assert.strictEqual(env.E, 'before');
assert.strictEqual(env.F, 'exported');
assert.strictEqual(env.G, 'multi\nline');
assert.strictEqual(env.EMPTY, '');
// (The result's prototype differs between releases: plain object in 24, null-prototype object in 25.)
assert.deepStrictEqual(Object.keys(util.parseEnv('')), []);
assert.throws(() => util.parseEnv(1), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
