// covers: events, events.EventEmitter.once, events.EventEmitter.on
// covers: events.EventEmitter.getEventListeners, events.EventEmitter.getMaxListeners
// covers: events.EventEmitter.setMaxListeners, events.EventEmitter.addAbortListener
// covers: events.EventEmitter.kMaxEventTargetListeners, events.kMaxEventTargetListeners
// covers: events.EventEmitter.kMaxEventTargetListenersWarned, events.kMaxEventTargetListenersWarned
'use strict';
const common = require('../common');
const assert = require('assert');
const events = require('events');
const { EventEmitter } = events;

// The module is the constructor; the helpers are reachable on it under the same names.
assert.strictEqual(require('node:events'), events);
assert.strictEqual(typeof events, 'function');
for (const name of ['once', 'on', 'getEventListeners', 'getMaxListeners', 'setMaxListeners',
                    'addAbortListener', 'kMaxEventTargetListeners',
                    'kMaxEventTargetListenersWarned']) {
  assert.strictEqual(EventEmitter[name], events[name], name);
}

// The two keys are symbols that setMaxListeners() stores on an EventTarget.
assert.strictEqual(typeof events.kMaxEventTargetListeners, 'symbol');
assert.strictEqual(typeof events.kMaxEventTargetListenersWarned, 'symbol');
assert.notStrictEqual(events.kMaxEventTargetListeners, events.kMaxEventTargetListenersWarned);
const target = new EventTarget();
EventEmitter.setMaxListeners(4, target);
assert.strictEqual(target[EventEmitter.kMaxEventTargetListeners], 4);
assert.strictEqual(target[EventEmitter.kMaxEventTargetListenersWarned], false);
assert.strictEqual(EventEmitter.getMaxListeners(target), 4);

// setMaxListeners on several emitters at once; getMaxListeners reads each back.
const e1 = new EventEmitter();
const e2 = new EventEmitter();
EventEmitter.setMaxListeners(7, e1, e2);
assert.strictEqual(EventEmitter.getMaxListeners(e1), 7);
assert.strictEqual(e2.getMaxListeners(), 7);
assert.throws(() => EventEmitter.setMaxListeners(-2, e1),
              common.expectsError({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError' }));
assert.throws(() => EventEmitter.setMaxListeners(1, {}),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));

// getEventListeners works for emitters and EventTargets.
const fn = () => {};
e1.on('x', fn);
target.addEventListener('y', fn);
assert.deepStrictEqual(EventEmitter.getEventListeners(e1, 'x'), [fn]);
assert.deepStrictEqual(EventEmitter.getEventListeners(target, 'y'), [fn]);
assert.deepStrictEqual(EventEmitter.getEventListeners(target, 'none'), []);

// addAbortListener: called once on abort; the disposable removes it.
const ac = new AbortController();
const onAbort = common.mustCall((ev) => assert.strictEqual(ev.type, 'abort'));
const disposable = EventEmitter.addAbortListener(ac.signal, onAbort);
assert.strictEqual(typeof disposable[Symbol.dispose], 'function');
const ac2 = new AbortController();
const d2 = EventEmitter.addAbortListener(ac2.signal, common.mustNotCall());
d2[Symbol.dispose]();
ac2.abort();
ac.abort();
assert.throws(() => EventEmitter.addAbortListener({}, fn),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));

(async () => {
  // once: resolves with the argument list.
  const em = new EventEmitter();
  setImmediate(() => em.emit('ready', 1, 'two'));
  assert.deepStrictEqual(await EventEmitter.once(em, 'ready'), [1, 'two']);

  // on: an async iterator of argument lists.
  const it = EventEmitter.on(em, 'data');
  em.emit('data', 'a');
  em.emit('data', 'b', 'c');
  assert.deepStrictEqual((await it.next()).value, ['a']);
  assert.deepStrictEqual((await it.next()).value, ['b', 'c']);
  assert.deepStrictEqual(await it.return(), { value: undefined, done: true });
  assert.strictEqual(em.listenerCount('data'), 0);
})().then(common.mustCall());
