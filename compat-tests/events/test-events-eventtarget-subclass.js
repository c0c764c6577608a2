// covers: globalThis.EventTarget, globalThis.EventTarget.prototype.dispatchEvent, events.once
'use strict';
const common = require('../common');
const assert = require('assert');
const { once } = require('events');

class Clock extends EventTarget {
  tick(n) { this.dispatchEvent(Object.assign(new Event('tick'), { n })); }
}
const clock = new Clock();
const seen = [];
clock.addEventListener('tick', (e) => seen.push(e.n));
clock.tick(1);
clock.tick(2);
assert.deepStrictEqual(seen, [1, 2]);
assert.ok(clock instanceof EventTarget);
(async () => {
  setTimeout(() => clock.tick(3), 1);
  const [e] = await once(clock, 'tick');
  assert.strictEqual(e.n, 3);
})().then(common.mustCall());
