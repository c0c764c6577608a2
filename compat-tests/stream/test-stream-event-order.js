// covers: stream.Readable, stream.Writable, stream.Transform
'use strict';
const common = require('../common');
const assert = require('assert');
const { Transform } = require('stream');

const log = [];
const t = new Transform({
  transform(c, e, cb) { log.push('transform'); cb(null, c); },
  flush(cb) { log.push('flush'); cb(); },
  final(cb) { log.push('final'); cb(); },
});
for (const ev of ['prefinish', 'finish', 'end', 'close']) {
  t.on(ev, () => log.push(ev));
}
t.on('data', () => log.push('data'));
t.on('close', common.mustCall(() => {
  // Transform: final -> flush -> prefinish; finish/end order depends on reading.
  assert.ok(log.indexOf('transform') < log.indexOf('data'));
  assert.ok(log.indexOf('final') < log.indexOf('flush'));
  assert.ok(log.indexOf('flush') < log.indexOf('end'));
  assert.ok(log.indexOf('prefinish') < log.indexOf('finish'));
  assert.strictEqual(log[log.length - 1], 'close');
  assert.strictEqual(log.filter((x) => x === 'close').length, 1);
}));
t.end('x');
