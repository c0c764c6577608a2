// covers: stream.Readable.prototype.addListener, stream.Readable.prototype.off
// covers: stream.Readable.prototype.removeListener, stream.Readable.prototype.removeAllListeners
'use strict';
// Readable's listener methods also switch between paused, flowing and 'readable' modes.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

assert.strictEqual(Readable.prototype.addListener, Readable.prototype.on);
assert.strictEqual(Readable.prototype.off, Readable.prototype.removeListener);

// addListener('data') starts flowing; addListener('readable') stops it.
{
  const r = new Readable({ read() {} });
  assert.strictEqual(r.readableFlowing, null);
  assert.strictEqual(r.addListener('data', () => {}), r);
  assert.strictEqual(r.readableFlowing, true);
  const r2 = new Readable({ read() {} });
  r2.addListener('readable', () => {});
  assert.strictEqual(r2.readableFlowing, false);
  assert.strictEqual(r2.listenerCount('readable'), 1);
}

// Removing the last 'readable' listener lets 'data' listeners take over (on the next tick).
{
  const r = new Readable({ read() {} });
  const onReadable = () => {};
  const got = [];
  r.on('readable', onReadable);
  r.on('data', (d) => got.push(String(d)));
  assert.strictEqual(r.readableFlowing, false);
  r.push('a');
  setImmediate(common.mustCall(() => {
    assert.deepStrictEqual(got, []);        // 'readable' mode: nothing flowed
    assert.strictEqual(r.off('readable', onReadable), r);
    assert.strictEqual(r.listenerCount('readable'), 0);
    process.nextTick(common.mustCall(() => {
      assert.strictEqual(r.readableFlowing, true);
      setImmediate(common.mustCall(() => assert.deepStrictEqual(got, ['a'])));
    }));
  }));
}

// The same through removeListener and removeAllListeners('readable').
{
  const r = new Readable({ read() {} });
  const fn = () => {};
  r.on('readable', fn);
  r.on('data', () => {});
  r.removeListener('readable', fn);
  process.nextTick(common.mustCall(() => assert.strictEqual(r.readableFlowing, true)));

  const r2 = new Readable({ read() {} });
  r2.on('readable', () => {});
  r2.on('readable', () => {});
  r2.on('data', () => {});
  assert.strictEqual(r2.removeAllListeners('readable'), r2);
  assert.strictEqual(r2.listenerCount('readable'), 0);
  process.nextTick(common.mustCall(() => assert.strictEqual(r2.readableFlowing, true)));
}

// With no 'data' listener left either, the stream goes back to "no mode" (null).
{
  const r = new Readable({ read() {} });
  r.on('readable', () => {});
  r.pause();
  r.removeAllListeners();
  assert.deepStrictEqual(r.eventNames(), []);
  process.nextTick(common.mustCall(() => assert.strictEqual(r.readableFlowing, null)));
}

// Removing 'data' listeners does not pause a flowing stream.
{
  const r = new Readable({ read() {} });
  const fn = () => {};
  r.on('data', fn);
  r.off('data', fn);
  assert.strictEqual(r.readableFlowing, true);
  r.on('data', () => {});
  r.removeAllListeners('data');
  assert.strictEqual(r.readableFlowing, true);
}

// Plain events behave as with any EventEmitter.
{
  const r = new Readable({ read() {} });
  const fn = common.mustCall(1);
  r.addListener('custom', fn);
  r.emit('custom');
  r.removeListener('custom', fn);
  r.emit('custom');
  r.off('nothing', fn);   // removing an unknown listener is a no-op
  assert.throws(() => r.removeListener('custom', 'nope'),
                common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
}
