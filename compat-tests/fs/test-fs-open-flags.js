// covers: fs.openSync, fs.writeSync, fs.readFileSync, fs.constants
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'flags.txt');
const { O_WRONLY, O_CREAT, O_TRUNC, O_EXCL, O_APPEND } = fs.constants;

// 'w' creates and truncates.
let fd = fs.openSync(f, 'w');
fs.writeSync(fd, 'hello');
fs.closeSync(fd);
// 'r+' writes in place without truncating.
fd = fs.openSync(f, 'r+');
fs.writeSync(fd, 'J');
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'Jello');
// 'a' always appends, regardless of position.
fd = fs.openSync(f, 'a');
fs.writeSync(fd, '!', 0);
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'Jello!');
// 'wx' fails if it exists; 'ax' too.
assert.throws(() => fs.openSync(f, 'wx'), { code: 'EEXIST', syscall: 'open' });
assert.throws(() => fs.openSync(f, 'ax'), { code: 'EEXIST' });
// 'r+' requires existence.
assert.throws(() => fs.openSync(path.join(dir, 'x'), 'r+'), { code: 'ENOENT' });
// Numeric flags.
const g = path.join(dir, 'num.txt');
fd = fs.openSync(g, O_WRONLY | O_CREAT | O_EXCL, 0o644);
fs.writeSync(fd, 'abc');
fs.closeSync(fd);
fd = fs.openSync(g, O_WRONLY | O_TRUNC);
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(g, 'utf8'), '');
fd = fs.openSync(g, O_WRONLY | O_APPEND);
fs.writeSync(fd, 'z');
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(g, 'utf8'), 'z');
// Reading on a write-only fd fails with EBADF.
fd = fs.openSync(g, 'w');
assert.throws(() => fs.readSync(fd, Buffer.alloc(1)), { code: 'EBADF', syscall: 'read' });
fs.closeSync(fd);
// Opening a directory for writing.
assert.throws(() => fs.openSync(dir, 'w'), { code: 'EISDIR', syscall: 'open' });
