// covers: stream.Readable, stream.Writable, stream.pipeline
'use strict';
// The per-chunk paths: an overridden emit still sees 'pause', 'resume', 'readable' and 'drain'
// even with no listener; pushed Uint8Arrays and strings arrive as Buffers; the signal handed
// to a function stage of pipeline() is aborted once the pipeline is done.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, PassThrough, pipeline } = require('stream');

{
  const seen = [];
  const r = new Readable({ read() {} });
  const emit = r.emit;
  r.emit = function(ev, ...args) {
    if (typeof ev === 'string') seen.push(ev);
    return emit.call(this, ev, ...args);
  };
  r.push(new Uint8Array([1, 2]));
  r.push('hi');
  r.push(null);
  const chunks = [];
  r.on('data', (c) => chunks.push(c));
  r.on('end', common.mustCall(() => {
    assert.ok(chunks.every((c) => Buffer.isBuffer(c)));
    assert.strictEqual(Buffer.concat(chunks).toString('latin1'), '\x01\x02hi');
    assert.ok(seen.includes('resume'), seen.join());
    r.pause();
    assert.ok(seen.includes('pause'), seen.join());
  }));
}

{
  const seen = [];
  const w = new Writable({ highWaterMark: 2, write(c, e, cb) { setImmediate(cb); } });
  const emit = w.emit;
  w.emit = function(ev, ...args) {
    if (typeof ev === 'string') seen.push(ev);
    return emit.call(this, ev, ...args);
  };
  assert.strictEqual(w.write(Buffer.from('abc')), false);
  w.end(common.mustCall(() => {
    assert.ok(!seen.includes('drain'), seen.join());   // ending: no 'drain'
  }));
  const w2 = new Writable({ highWaterMark: 2, write(c, e, cb) { setImmediate(cb); } });
  const emit2 = w2.emit;
  let drains = 0;
  w2.emit = function(ev, ...args) {
    if (ev === 'drain') drains++;
    return emit2.call(this, ev, ...args);
  };
  w2.write(Buffer.from('abc'), common.mustCall(() => {
    setImmediate(common.mustCall(() => assert.strictEqual(drains, 1)));
  }));
}

{
  let signal;
  pipeline(
    Readable.from(['a', 'b']),
    async function*(source, opts) {
      signal = opts.signal;
      assert.strictEqual(signal.aborted, false);
      for await (const c of source) yield String(c).toUpperCase();
    },
    new PassThrough(),
    common.mustSucceed(() => {
      assert.strictEqual(signal.aborted, true);
      assert.strictEqual(signal.reason.name, 'AbortError');
    }),
  );
}

{
  // A stage failing before a later function stage is reached: that stage's signal is aborted.
  const err = new Error('boom');
  const bad = new Readable({ read() { this.destroy(err); } });
  let signal;
  pipeline(
    bad,
    async function*(source, opts) {
      signal = opts.signal;
      for await (const c of source) yield c;
    },
    new PassThrough(),
    common.mustCall((e) => {
      assert.strictEqual(e, err);
      assert.strictEqual(signal.aborted, true);
    }),
  );
}

{
  // EventEmitter.prototype.emit replaced before the stream module is first loaded (as tracing
  // tools do): the replacement still sees the events that have no listener.
  const { execFileSync } = require('child_process');
  const code = `
    const EE = require('events');
    const emit = EE.prototype.emit;
    const seen = [];
    EE.prototype.emit = function(ev, ...args) { seen.push(ev); return emit.call(this, ev, ...args); };
    const { Readable, Writable } = require('stream');
    const r = new Readable({ read() {} });
    r.push('a');
    r.push(null);
    r.pipe(new Writable({ highWaterMark: 1, write(c, e, cb) { setImmediate(cb); } }))
      .on('finish', () => console.log(seen.join()));`;
  const out = execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' }).trim();
  assert.strictEqual(out, 'pipe,readable,data,pause,resume,end,close,prefinish,finish,unpipe');
}
