// covers: stream.Writable.prototype.destroy, stream.Writable.prototype.destroyed, stream.Writable.prototype.writableAborted, stream.Writable.prototype.errored
'use strict';
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('close', common.mustCall());
w.on('finish', common.mustNotCall());
w.on('error', common.mustNotCall());
w.write('x');
assert.strictEqual(w.destroy(), w);
assert.strictEqual(w.destroyed, true);
assert.strictEqual(w.writableAborted, true);

const err = new Error('kill');
const w2 = new Writable({ write(c, e, cb) { cb(); } });
w2.on('error', common.mustCall((e) => assert.strictEqual(e, err)));
w2.destroy(err);
assert.strictEqual(w2.errored, err);

// Writes after destroy fail with ERR_STREAM_DESTROYED.
const w3 = new Writable({ write(c, e, cb) { cb(); } });
w3.destroy();
w3.write('b', common.mustCall((e) => assert.strictEqual(e.code, 'ERR_STREAM_DESTROYED')));

// After finishing, writableAborted is false.
const w4 = new Writable({ write(c, e, cb) { cb(); } });
w4.end('x');
w4.on('close', common.mustCall(() => assert.strictEqual(w4.writableAborted, false)));
