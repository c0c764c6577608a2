// covers: events.EventEmitter.prototype.emit, events.EventEmitter.prototype.on
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

// A throwing listener aborts the emit: later listeners do not run and the
// exception propagates synchronously to the emit() caller.
const ee = new EventEmitter();
const err = new Error('listener failed');
ee.on('e', common.mustCall(() => { throw err; }));
ee.on('e', common.mustNotCall());
assert.throws(() => ee.emit('e'), (e) => e === err);
// The emitter is still usable afterwards.
assert.strictEqual(ee.listenerCount('e'), 2);

// Listeners run synchronously, before emit() returns.
const e2 = new EventEmitter();
let ran = false;
e2.on('s', () => { ran = true; });
e2.emit('s');
assert.strictEqual(ran, true);
// Arrow listeners keep their lexical this.
const self = this;
e2.on('arrow', common.mustCall(() => assert.strictEqual(this, self)));
e2.emit('arrow');
