// covers: fs.promises.watch, fs.promises.watch.prototype.next
// covers: fs.promises.watch.prototype.return, fs.promises.watch.prototype.throw
// covers: fs.promises.watch.prototype[Symbol.asyncIterator]
// covers: fs.promises.watch.prototype[Symbol.asyncDispose]
// covers: fs.promises.watch.prototype[Symbol.toStringTag]
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

common.tmpdir.refresh();
const dir = common.tmpdir.path;

(async () => {
  // An async generator of { eventType, filename } for changes in the directory.
  const it = fs.promises.watch(dir);
  assert.strictEqual(it[Symbol.toStringTag], 'AsyncGenerator');
  assert.strictEqual(it[Symbol.asyncIterator](), it);
  const pending = it.next();
  // Keep touching the file until the watcher reports it (set-up time varies).
  const timer = setInterval(() => fs.writeFileSync(common.tmpdir.resolve('w.txt'), 'x'), 20);
  const { value, done } = await pending;
  clearInterval(timer);
  assert.strictEqual(done, false);
  assert.ok(['rename', 'change'].includes(value.eventType), value.eventType);
  assert.strictEqual(value.filename, 'w.txt');
  // return() stops watching.
  assert.deepStrictEqual(await it.return(), { value: undefined, done: true });
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });

  // throw() on a fresh watcher rejects with the error and closes it.
  const it2 = fs.promises.watch(dir);
  const err = new Error('stop');
  await assert.rejects(it2.throw(err), (e) => e === err);
  assert.deepStrictEqual(await it2.next(), { value: undefined, done: true });

  // Symbol.asyncDispose closes it too.
  const it3 = fs.promises.watch(dir);
  await it3[Symbol.asyncDispose]();
  assert.strictEqual((await it3.next()).done, true);

  // An abort signal rejects the pending next() with an AbortError.
  const ac = new AbortController();
  const it4 = fs.promises.watch(dir, { signal: ac.signal });
  const p4 = it4.next();
  ac.abort();
  await assert.rejects(p4, { name: 'AbortError' });

  // A missing path fails when iteration starts.
  await assert.rejects(fs.promises.watch(common.tmpdir.resolve('missing')).next(),
                       { code: 'ENOENT' });
  await assert.rejects(fs.promises.watch(5).next(),
                       common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
})().then(common.mustCall());
