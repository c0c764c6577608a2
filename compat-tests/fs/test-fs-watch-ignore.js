// covers: fs.watch
'use strict';
// fs.watch's `ignore` option: a glob, a RegExp, a function or an array of them; matching names
// are never reported. Bad patterns fail at once with Node's errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const os = require('os');

for (const [ignore, code] of [[123, 'ERR_INVALID_ARG_TYPE'], ['', 'ERR_INVALID_ARG_VALUE'],
  [[/x/, 5], 'ERR_INVALID_ARG_TYPE'], [['*.log', ''], 'ERR_INVALID_ARG_VALUE']]) {
  assert.throws(() => fs.watch('.', { ignore }), { code, name: 'TypeError' });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n4j-watch-ignore-'));
const seen = [];
const watcher = fs.watch(dir, { ignore: ['*.log', /\.tmp$/, (name) => name.startsWith('.')] });
watcher.on('change', (event, name) => {
  seen.push(name);
  if (name === 'keep.txt') {
    watcher.close();
    assert.deepStrictEqual(seen.filter((n) => n !== 'keep.txt'), []);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
watcher.on('close', common.mustCall());
setTimeout(() => {
  fs.writeFileSync(path.join(dir, 'a.log'), 'x');
  fs.writeFileSync(path.join(dir, 'b.tmp'), 'x');
  fs.writeFileSync(path.join(dir, '.hidden'), 'x');
  setTimeout(() => fs.writeFileSync(path.join(dir, 'keep.txt'), 'x'), 50);
}, 50);
