// covers: process.loadEnvFile
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const dir = common.tmpdir.refresh();
const file = common.tmpdir.resolve('test.env');
const k = `N4J_ENV_${process.pid}`;
fs.writeFileSync(file, [
  `# a comment`,
  `${k}_A=plain`,
  `${k}_B="double quoted"`,
  `${k}_C='single # not comment'`,
  `export ${k}_D=exported`,
  `${k}_E=   trimmed   `,
  '',
].join('\n'));
process.loadEnvFile(file);
assert.strictEqual(process.env[`${k}_A`], 'plain');
assert.strictEqual(process.env[`${k}_B`], 'double quoted');
assert.strictEqual(process.env[`${k}_C`], 'single # not comment');
assert.strictEqual(process.env[`${k}_D`], 'exported');
assert.strictEqual(process.env[`${k}_E`], 'trimmed');
// Existing variables are not overwritten.
process.env[`${k}_A`] = 'kept';
process.loadEnvFile(file);
assert.strictEqual(process.env[`${k}_A`], 'kept');
assert.throws(() => process.loadEnvFile(`${dir}/missing.env`), (e) => e.code === 'ENOENT');
