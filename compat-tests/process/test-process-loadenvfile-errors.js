// covers: process.loadEnvFile
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
assert.strictEqual(process.loadEnvFile.length, 0);
// A path that names no file: the system error of open(2), with the path as given.
const missing = path.join(dir, 'none.env');
assert.throws(() => process.loadEnvFile(missing), (e) => e.code === 'ENOENT' && e.syscall === 'open' &&
  e.path === missing && e.message === `ENOENT: no such file or directory, open '${missing}'`);
// A directory opens but cannot be read.
assert.throws(() => process.loadEnvFile(dir), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message: `Contents of '${dir}' should be a valid string.` }));
assert.throws(() => process.loadEnvFile(42), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
// Buffers and file: URLs name files too.
const k = `N4J_LOADENV_${process.pid}`;
const file = path.join(dir, 'ok.env');
fs.writeFileSync(file, `${k}_X="one\\ntwo"\r\n${k}_Y = y # note\n`);
assert.strictEqual(process.loadEnvFile(Buffer.from(file)), undefined);
assert.strictEqual(process.env[`${k}_X`], 'one\ntwo');
assert.strictEqual(process.env[`${k}_Y`], 'y');
delete process.env[`${k}_Y`];
process.loadEnvFile(new URL(`file://${file}`));
assert.strictEqual(process.env[`${k}_Y`], 'y');
