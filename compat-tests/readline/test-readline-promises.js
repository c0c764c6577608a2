// covers: readline/promises.createInterface, readline/promises.Interface.prototype.question
// covers: readline/promises.Readline.prototype.cursorTo, readline/promises.Readline.prototype.moveCursor
// covers: readline/promises.Readline.prototype.clearLine, readline/promises.Readline.prototype.clearScreenDown
// covers: readline/promises.Readline.prototype.commit, readline/promises.Readline.prototype.rollback
// covers: readline.promises
'use strict';
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough, Writable } = require('stream');

assert.strictEqual(readline.promises, readlinePromises);

(async () => {
  const input = new PassThrough();
  const rl = readlinePromises.createInterface({ input, output: new PassThrough() });
  assert.ok(rl instanceof readlinePromises.Interface);
  setImmediate(() => input.write('42\n'));
  assert.strictEqual(await rl.question('n? '), '42');

  const ac = new AbortController();
  const pending = rl.question('m? ', { signal: ac.signal });
  ac.abort();
  await assert.rejects(pending, { name: 'AbortError' });
  await assert.rejects(rl.question('x', { signal: AbortSignal.abort('r') }), { cause: 'r' });
  rl.close();
  await assert.rejects(rl.question('late?'), { code: 'ERR_USE_AFTER_CLOSE' });

  // Ctrl+C with a pending question closes and rejects it.
  const tin = new PassThrough();
  const trl = readlinePromises.createInterface({ input: tin, output: new PassThrough(), terminal: true });
  const q = trl.question('? ');
  tin.write('\x03');
  await assert.rejects(q, { name: 'AbortError', message: 'Aborted with Ctrl+C' });
})().then(common.mustCall());

(async () => {
  let data = '';
  const out = new Writable({ write(c, e, cb) { data += c.toString(); cb(); } });
  const r = new readlinePromises.Readline(out);
  assert.strictEqual(r.cursorTo(0).moveCursor(2, -1).clearLine(1).clearScreenDown(), r);
  assert.strictEqual(data, '');
  await r.commit();
  assert.strictEqual(data, '\x1b[1G\x1b[2C\x1b[1A\x1b[0K\x1b[0J');
  data = '';
  r.cursorTo(1, 2).rollback();
  await r.commit();
  assert.strictEqual(data, '');
  assert.throws(() => new readlinePromises.Readline({}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => r.clearLine(2), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => r.cursorTo(1.5), { code: 'ERR_OUT_OF_RANGE' });

  const auto = new readlinePromises.Readline(out, { autoCommit: true });
  data = '';
  auto.cursorTo(4, 0);
  assert.strictEqual(data, '');
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(data, '\x1b[1;5H');
})().then(common.mustCall());
