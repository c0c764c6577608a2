// covers:
'use strict';
// Explicit resource management's builtins, as Node 24+ has them from V8: DisposableStack,
// AsyncDisposableStack, SuppressedError, and the dispose methods of iterators and async
// iterators (what `using` calls; the syntax itself is not tested here).
require('../common');
const assert = require('assert');

// Iterators: [Symbol.dispose]() and [Symbol.asyncDispose]() call return().
const iteratorProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const asyncIteratorProto = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}.prototype));
assert.strictEqual(iteratorProto[Symbol.dispose].name, '[Symbol.dispose]');
assert.strictEqual(asyncIteratorProto[Symbol.asyncDispose].name, '[Symbol.asyncDispose]');
assert.strictEqual(Object.getOwnPropertyDescriptor(iteratorProto, Symbol.dispose).enumerable, false);
let closed = 0;
function* gen() { try { yield 1; yield 2; } finally { closed++; } }
const g = gen();
g.next();
assert.strictEqual(g[Symbol.dispose](), undefined);
assert.strictEqual(closed, 1);
assert.deepStrictEqual(g.next(), { value: undefined, done: true });

// DisposableStack: reverse order, errors folded into SuppressedError (newest outside).
const order = [];
const stack = new DisposableStack();
assert.strictEqual(stack.use({ [Symbol.dispose]() { order.push('use'); } }).constructor, Object);
assert.strictEqual(stack.use(null), null);
assert.strictEqual(stack.adopt(7, (v) => order.push(`adopt ${v}`)), 7);
assert.strictEqual(stack.defer(() => order.push('defer')), undefined);
assert.strictEqual(stack.disposed, false);
assert.strictEqual(stack.dispose(), undefined);
assert.deepStrictEqual(order, ['defer', 'adopt 7', 'use']);
assert.strictEqual(stack.disposed, true);
assert.strictEqual(stack.dispose(), undefined);
assert.throws(() => stack.use({}), ReferenceError);
assert.throws(() => stack.defer(() => {}), ReferenceError);
assert.strictEqual(DisposableStack.prototype[Symbol.dispose], DisposableStack.prototype.dispose);
assert.strictEqual(Object.prototype.toString.call(new DisposableStack()), '[object DisposableStack]');
assert.throws(() => DisposableStack(), TypeError);
assert.throws(() => new DisposableStack().use(5), TypeError);
assert.throws(() => new DisposableStack().use({}), TypeError);
assert.throws(() => new DisposableStack().defer(5), TypeError);
assert.throws(() => DisposableStack.prototype.dispose.call({}), TypeError);

const failing = new DisposableStack();
failing.defer(() => { throw new Error('first registered'); });
failing.defer(() => { throw new Error('second registered'); });
assert.throws(() => failing.dispose(), (e) => {
  assert.ok(e instanceof SuppressedError);
  assert.ok(e instanceof Error);
  assert.strictEqual(e.error.message, 'first registered');
  assert.strictEqual(e.suppressed.message, 'second registered');
  return true;
});

const source = new DisposableStack();
source.defer(() => order.push('moved'));
const moved = source.move();
assert.strictEqual(source.disposed, true);
assert.ok(moved instanceof DisposableStack);
moved.dispose();
assert.strictEqual(order.at(-1), 'moved');

// SuppressedError
const se = new SuppressedError('e', 's', 'msg');
assert.strictEqual(se.message, 'msg');
assert.strictEqual(se.error, 'e');
assert.strictEqual(se.suppressed, 's');
assert.strictEqual(String(se), 'SuppressedError: msg');
assert.strictEqual(Object.getPrototypeOf(SuppressedError), Error);
assert.strictEqual(SuppressedError.length, 3);
assert.strictEqual(SuppressedError(1, 2).message, '');
assert.strictEqual(Object.hasOwn(SuppressedError(1, 2), 'message'), false);

(async () => {
  // Async iterators: [Symbol.asyncDispose]() awaits return() and resolves to undefined.
  let asyncClosed = 0;
  async function* agen() { try { yield 1; } finally { asyncClosed++; } }
  const ag = agen();
  await ag.next();
  assert.strictEqual(await ag[Symbol.asyncDispose](), undefined);
  assert.strictEqual(asyncClosed, 1);

  const seen = [];
  const a = new AsyncDisposableStack();
  a.use({ [Symbol.dispose]() { seen.push('sync'); } });
  a.use({ async [Symbol.asyncDispose]() { await null; seen.push('async'); } });
  a.defer(async () => seen.push('defer'));
  const p = a.disposeAsync();
  assert.ok(p instanceof Promise);
  assert.strictEqual(await p, undefined);
  assert.deepStrictEqual(seen, ['defer', 'async', 'sync']);
  assert.strictEqual(a.disposed, true);
  assert.strictEqual(AsyncDisposableStack.prototype[Symbol.asyncDispose],
                     AsyncDisposableStack.prototype.disposeAsync);
  await assert.rejects(AsyncDisposableStack.prototype.disposeAsync.call({}), TypeError);
  const bad = new AsyncDisposableStack();
  bad.defer(async () => { throw new Error('async failure'); });
  await assert.rejects(bad.disposeAsync(), { message: 'async failure' });
})().then(() => { process.exitCode = 0; });
process.exitCode = 1;   // set to 0 only when the async part finished
