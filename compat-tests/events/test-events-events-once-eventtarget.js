// covers: events.once, globalThis.EventTarget, globalThis.Event, globalThis.EventTarget.prototype.dispatchEvent
'use strict';
const common = require('../common');
const assert = require('assert');
const { once } = require('events');

(async () => {
  const et = new EventTarget();
  const ev = new Event('ping');
  queueMicrotask(() => et.dispatchEvent(ev));
  // With an EventTarget the promise resolves with [event].
  const [got] = await once(et, 'ping');
  assert.strictEqual(got, ev);
  assert.strictEqual(got.type, 'ping');

  // 'error' events on an EventTarget are not special.
  const errEv = new Event('error');
  queueMicrotask(() => et.dispatchEvent(errEv));
  const [e] = await once(et, 'error');
  assert.strictEqual(e, errEv);
})().then(common.mustCall());
