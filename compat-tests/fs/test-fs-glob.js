// covers: fs.glob, fs.globSync, fs.promises.glob, fs.promises.glob.prototype.next
// covers: fs.promises.glob.prototype.return, fs.promises.glob.prototype.throw
// covers: fs.promises.glob.prototype[Symbol.asyncIterator]
// covers: fs.promises.glob.prototype[Symbol.asyncDispose]
// covers: fs.promises.glob.prototype[Symbol.toStringTag]
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

common.tmpdir.refresh();
const root = common.tmpdir.path;
for (const f of ['a.js', 'b.js', 'c.txt', 'lib/d.js', 'lib/deep/e.js', 'lib/deep/f.md']) {
  fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
  fs.writeFileSync(path.join(root, f), f);
}
const norm = (list) => list.map((p) => p.split(path.sep).join('/')).sort();

// globSync: paths relative to cwd.
assert.deepStrictEqual(norm(fs.globSync('*.js', { cwd: root })), ['a.js', 'b.js']);
assert.deepStrictEqual(norm(fs.globSync('**/*.js', { cwd: root })),
                       ['a.js', 'b.js', 'lib/d.js', 'lib/deep/e.js']);
assert.deepStrictEqual(norm(fs.globSync('lib/*/*.{md,js}', { cwd: root })),
                       ['lib/deep/e.js', 'lib/deep/f.md']);
assert.deepStrictEqual(fs.globSync('*.none', { cwd: root }), []);
// exclude as a function, and several patterns at once.
assert.deepStrictEqual(norm(fs.globSync(['*.txt', 'lib/*.js'], { cwd: root })),
                       ['c.txt', 'lib/d.js']);
assert.deepStrictEqual(
  norm(fs.globSync('**/*.js', { cwd: root, exclude: (p) => path.basename(p) === 'deep' })),
  ['a.js', 'b.js', 'lib/d.js']);
// withFileTypes gives Dirents.
const dirents = fs.globSync('lib/*', { cwd: root, withFileTypes: true });
assert.deepStrictEqual(dirents.map((d) => `${d.name}:${d.isDirectory()}`).sort(),
                       ['d.js:false', 'deep:true']);
assert.throws(() => fs.globSync(5),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));

// Callback form.
fs.glob('*.txt', { cwd: root }, common.mustSucceed((matches) => {
  assert.deepStrictEqual(matches, ['c.txt']);
}));

(async () => {
  // fs.promises.glob returns an async generator.
  const it = fs.promises.glob('**/*.js', { cwd: root });
  assert.strictEqual(it[Symbol.toStringTag], 'AsyncGenerator');
  assert.strictEqual(it[Symbol.asyncIterator](), it);
  const found = [];
  for await (const p of it) found.push(p);
  assert.deepStrictEqual(norm(found), ['a.js', 'b.js', 'lib/d.js', 'lib/deep/e.js']);
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });

  // next() one at a time, then return() ends it early.
  const it2 = fs.promises.glob('*', { cwd: root });
  const first = await it2.next();
  assert.strictEqual(first.done, false);
  assert.strictEqual(typeof first.value, 'string');
  assert.deepStrictEqual(await it2.return('end'), { value: 'end', done: true });
  assert.deepStrictEqual(await it2.next(), { value: undefined, done: true });

  // throw() rejects with the given error and closes the generator.
  const it3 = fs.promises.glob('*', { cwd: root });
  await it3.next();
  const err = new Error('stop globbing');
  await assert.rejects(it3.throw(err), (e) => e === err);
  assert.deepStrictEqual(await it3.next(), { value: undefined, done: true });

  // Symbol.asyncDispose closes it too.
  const it4 = fs.promises.glob('*', { cwd: root });
  await it4.next();
  await it4[Symbol.asyncDispose]();
  assert.strictEqual((await it4.next()).done, true);
})().then(common.mustCall());
