// covers: stream.promises.pipeline, stream.promises.finished
'use strict';
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, PassThrough, promises } = require('stream');

assert.strictEqual(require('stream/promises'), promises);

(async () => {
  const got = [];
  const res = await promises.pipeline(
    Readable.from(['x', 'y']),
    async function*(src) { for await (const s of src) yield s + s; },
    new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } }),
  );
  assert.strictEqual(res, undefined);
  assert.deepStrictEqual(got, ['xx', 'yy']);

  // Errors reject.
  await assert.rejects(promises.pipeline(
    Readable.from(['a']),
    async function*(src) { for await (const s of src) throw new Error('gen: ' + s); },
    new PassThrough({ objectMode: true }),
  ), { message: 'gen: a' });

  // Abort via signal.
  const ac = new AbortController();
  const p = promises.pipeline(new Readable({ read() {} }), new PassThrough(), { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, { name: 'AbortError', code: 'ABORT_ERR' });

  // finished() resolves once a stream is done.
  const r = Readable.from(['z']);
  r.resume();
  assert.strictEqual(await promises.finished(r), undefined);
})().then(common.mustCall());
