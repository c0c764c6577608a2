// covers: events.EventEmitterAsyncResource.prototype.emit, events.EventEmitter.EventEmitterAsyncResource
'use strict';
const common = require('../common');
const assert = require('assert');
const events = require('events');
const { EventEmitterAsyncResource } = events.EventEmitter;

assert.strictEqual(EventEmitterAsyncResource, events.EventEmitterAsyncResource);
assert.strictEqual(Object.getPrototypeOf(EventEmitterAsyncResource), events);

const res = new EventEmitterAsyncResource({ name: 'CompatResource' });
assert.ok(res instanceof events);
assert.strictEqual(typeof res.asyncId, 'number');
assert.strictEqual(typeof res.triggerAsyncId, 'number');

// emit() has the usual EventEmitter contract: listeners run synchronously, in order,
// with the emitter as `this`, and the return value says whether any listener ran.
assert.strictEqual(res.emit('nothing'), false);
const calls = [];
res.on('tick', common.mustCall(function(a, b) {
  assert.strictEqual(this, res);
  calls.push(['first', a, b]);
}, 2));
res.once('tick', common.mustCall((a) => calls.push(['second', a])));
assert.strictEqual(res.emit('tick', 1, 2), true);
assert.deepStrictEqual(calls, [['first', 1, 2], ['second', 1]]);
assert.strictEqual(res.emit('tick', 3), true);
assert.strictEqual(calls.length, 3);

// A listener that throws propagates out of emit().
res.on('bad', () => { throw new Error('from listener'); });
assert.throws(() => res.emit('bad'), { message: 'from listener' });

// Emitting 'error' with no listener throws the error.
const boom = new Error('unhandled');
assert.throws(() => res.emit('error', boom), (err) => err === boom);

// The async ids differ between resources.
const other = new EventEmitterAsyncResource({ name: 'Other' });
assert.notStrictEqual(other.asyncId, res.asyncId);

assert.throws(() => new EventEmitterAsyncResource({ name: 5 }),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
