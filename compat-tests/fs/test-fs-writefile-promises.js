// covers: fs.promises.writeFile, fs.promises.readFile
'use strict';
const common = require('../common');
const assert = require('assert');
const fsp = require('fs/promises');
const path = require('path');
const { Readable } = require('stream');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'pw.txt');

(async () => {
  assert.strictEqual(await fsp.writeFile(f, 'abc'), undefined);
  assert.strictEqual(await fsp.readFile(f, 'utf8'), 'abc');

  // Iterables and async iterables of strings/buffers.
  await fsp.writeFile(f, ['a', 'b', Buffer.from('c')]);
  assert.strictEqual(await fsp.readFile(f, 'utf8'), 'abc');
  async function* gen() { yield 'x'; yield 'y'; }
  await fsp.writeFile(f, gen());
  assert.strictEqual(await fsp.readFile(f, 'utf8'), 'xy');
  await fsp.writeFile(f, Readable.from(['s1', 's2']));
  assert.strictEqual(await fsp.readFile(f, 'utf8'), 's1s2');

  await fsp.writeFile(f, 'more', { flag: 'a' });
  assert.strictEqual(await fsp.readFile(f, 'utf8'), 's1s2more');

  await assert.rejects(fsp.writeFile(f, 'z', { flag: 'wx' }), { code: 'EEXIST' });
  await assert.rejects(fsp.writeFile(f, 'z', { signal: AbortSignal.abort() }), {
    name: 'AbortError',
  });
  await assert.rejects(fsp.writeFile(f, 5), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
