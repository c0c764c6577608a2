// covers: fs.readFileSync, fs.writeFileSync, fs.mkdirSync, fs.statSync, fs.readFile, fs.stat, fs.openSync
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const pathMsg = /^The "path" argument must be of type string or an instance of Buffer or URL\. Received /;

for (const fn of [fs.statSync, fs.lstatSync, fs.mkdirSync, fs.readdirSync, fs.rmdirSync,
  fs.unlinkSync, fs.openSync, fs.accessSync]) {
  assert.throws(() => fn(42), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "path" argument must be of type string or an instance of Buffer or URL\. Received type number \(42\)$/,
  }), fn.name);
  assert.throws(() => fn(undefined), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE',
    message: pathMsg,
  }), fn.name);
  assert.throws(() => fn('bad\0path'), common.expectsError({
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: "The argument 'path' must be a string, Uint8Array, or URL without null bytes. " +
             "Received 'bad\\x00path'",
  }), fn.name);
}

// Callbacks must be functions.
assert.throws(() => fs.stat('.', {}, 'notfn'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "cb" argument must be of type function. Received type string (\'notfn\')',
}));
// With only two arguments the second one is taken as the callback.
assert.throws(() => fs.readFile('.', {}), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received an instance of Object',
}));
// Null byte errors in the callback API are thrown synchronously.
assert.throws(() => fs.stat('a\0', common.mustNotCall()), common.expectsError({
  code: 'ERR_INVALID_ARG_VALUE',
}));
// Promise API rejects instead of throwing.
fs.promises.stat(42).catch(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
}));
// Options of the wrong type.
assert.throws(() => fs.readFileSync(__filename, 42), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be one of type string or object. Received type number (42)',
}));
