// covers: stream.Writable.prototype._write, stream.Writable.prototype._destroy
// covers: stream.Writable.prototype.closed, stream.Writable.prototype.pipe
// covers: stream.Writable.prototype.setDefaultEncoding, stream.Writable.prototype.writable
// covers: stream.Writable.prototype.writableBuffer, stream.Writable.prototype.writableHighWaterMark
// covers: stream.Writable.prototype[Symbol.asyncDispose], stream.Writable[Symbol.hasInstance]
'use strict';
const common = require('../common');
const assert = require('assert');
const { Writable, Readable, Duplex, Transform, PassThrough } = require('stream');

// _write: without write()/writev() implementations writing throws ERR_METHOD_NOT_IMPLEMENTED...
assert.throws(() => new Writable().write('x'),
              common.expectsError({ code: 'ERR_METHOD_NOT_IMPLEMENTED', message: 'The _write() method is not implemented' }));
// ... and with only writev(), the default _write hands single chunks to it.
{
  const w = new Writable({
    writev: common.mustCall((chunks, cb) => {
      assert.strictEqual(chunks.length, 1);
      assert.strictEqual(String(chunks[0].chunk), 'q');
      assert.strictEqual(chunks[0].encoding, 'buffer');
      cb();
    }),
  });
  w.write('q');
}

// writable, writableHighWaterMark, writableBuffer, closed.
{
  const w = new Writable({ highWaterMark: 3, write(chunk, enc, cb) { setTimeout(cb, 5); } });
  assert.strictEqual(w.writable, true);
  assert.strictEqual(w.closed, false);
  assert.strictEqual(w.writableHighWaterMark, 3);
  assert.deepStrictEqual(w.writableBuffer, []);
  w.write('a');
  w.write('bc');
  w.write('d', 'latin1');
  // The write in progress ('a') is not in the buffer.
  assert.deepStrictEqual(w.writableBuffer.map((r) => [String(r.chunk), r.encoding, typeof r.callback]),
                         [['bc', 'buffer', 'function'], ['d', 'buffer', 'function']]);
  assert.strictEqual(w.writableLength, 4);
  w.end();
  assert.strictEqual(w.writable, false);
  w.on('finish', common.mustCall(() => {
    assert.deepStrictEqual(w.writableBuffer, []);
    assert.strictEqual(w.closed, false);
  }));
  w.on('close', common.mustCall(() => assert.strictEqual(w.closed, true)));
}
assert.strictEqual(new Writable().writableHighWaterMark, 64 * 1024);
assert.strictEqual(new Writable({ objectMode: true }).writableHighWaterMark, 16);
{
  // writable is false once destroyed, and the setter can turn it off.
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.destroy();
  assert.strictEqual(w.writable, false);
  assert.strictEqual(w.closed, true);
  const w2 = new Writable({ write(c, e, cb) { cb(); } });
  w2.writable = false;
  assert.strictEqual(w2.writable, false);
}

// pipe() on a Writable is an error: it is not readable.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_CANNOT_PIPE');
    assert.strictEqual(err.message, 'Cannot pipe, not readable');
  }));
  w.pipe(new PassThrough());
}

// setDefaultEncoding: for string writes when decodeStrings is off, or to decode strings.
{
  const seen = [];
  const w = new Writable({ decodeStrings: false, write(chunk, enc, cb) { seen.push([chunk, enc]); cb(); } });
  assert.strictEqual(w.setDefaultEncoding('hex'), w);
  w.write('ab');
  w.setDefaultEncoding('LATIN1');   // normalised
  w.write('cd');
  w.write('ef', 'utf8');            // explicit encoding wins
  assert.deepStrictEqual(seen, [['ab', 'hex'], ['cd', 'latin1'], ['ef', 'utf8']]);
  assert.throws(() => w.setDefaultEncoding('nope'),
                common.expectsError({ code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: nope' }));

  const decoded = new Writable({
    write: common.mustCall((chunk, enc, cb) => {
      assert.deepStrictEqual(chunk, Buffer.from('ab'));
      assert.strictEqual(enc, 'buffer');
      cb();
    }),
  });
  decoded.setDefaultEncoding('hex');
  decoded.write('6162');
}

// _destroy: the default passes the error on; an override runs on destroy().
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w._destroy(new Error('direct'), common.mustCall((err) => assert.strictEqual(err.message, 'direct')));
  const order = [];
  const custom = new Writable({
    write(c, e, cb) { cb(); },
    destroy(err, cb) { order.push(`destroy:${err.message}`); setTimeout(() => cb(err), 1); },
  });
  assert.notStrictEqual(custom._destroy, Writable.prototype._destroy);
  custom.on('error', (err) => order.push(`error:${err.message}`));
  custom.on('close', common.mustCall(() => {
    assert.deepStrictEqual(order, ['destroy:E', 'error:E']);
  }));
  custom.destroy(new Error('E'));
  assert.strictEqual(custom.destroyed, true);
  // The callback has not run yet, so not closed.
  assert.strictEqual(custom.closed, false);
  // The override can swallow the error.
  const swallow = new Writable({ write(c, e, cb) { cb(); }, destroy(err, cb) { cb(null); } });
  swallow.on('error', common.mustNotCall());
  swallow.on('close', common.mustCall());
  swallow.destroy(new Error('ignored'));
}

// Symbol.asyncDispose: destroy with AbortError, resolve when closed; after finish, no error.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
  const p = w[Symbol.asyncDispose]();
  assert.ok(p instanceof Promise);
  assert.strictEqual(w.destroyed, true);
  p.then(common.mustCall(() => assert.strictEqual(w.closed, true)));

  const done = new Writable({ write(c, e, cb) { cb(); } });
  done.on('error', common.mustNotCall());
  done.end('x');
  done.on('finish', common.mustCall(async () => {
    await done[Symbol.asyncDispose]();
    assert.strictEqual(done.errored, null);
  }));
}

// Symbol.hasInstance: duplexes count as Writable although Duplex does not inherit from it.
{
  const desc = Object.getOwnPropertyDescriptor(Writable, Symbol.hasInstance);
  assert.strictEqual(typeof desc.value, 'function');
  assert.strictEqual(desc.writable, false);
  assert.ok(new Duplex() instanceof Writable);
  assert.ok(new Transform() instanceof Writable);
  assert.ok(new PassThrough() instanceof Writable);
  assert.ok(!(Duplex.prototype instanceof Writable));
  assert.ok(!(new Readable() instanceof Writable));
  assert.ok(!({} instanceof Writable));
  assert.ok(Object.create(Writable.prototype) instanceof Writable);
  // Subclasses use plain prototype checks.
  class MyWritable extends Writable {}
  assert.ok(new MyWritable() instanceof Writable);
  assert.ok(new MyWritable() instanceof MyWritable);
  assert.ok(!(new Writable() instanceof MyWritable));
  assert.ok(!(new Duplex() instanceof MyWritable));
}
