// covers: events.EventEmitter, events.EventEmitter.EventEmitter, events.usingDomains, events.EventEmitter.usingDomains, events.defaultMaxListeners, events.init
'use strict';
const common = require('../common');
const assert = require('assert');
const events = require('events');

// The module export is the EventEmitter constructor itself.
assert.strictEqual(typeof events, 'function');
assert.strictEqual(events.EventEmitter, events);
assert.strictEqual(events.EventEmitter.EventEmitter, events);
assert.strictEqual(require('node:events'), events);
assert.strictEqual(events.name, 'EventEmitter');
assert.strictEqual(events.usingDomains, false);
assert.strictEqual(typeof events.defaultMaxListeners, 'number');
for (const fn of ['once', 'on', 'getEventListeners', 'getMaxListeners', 'setMaxListeners',
                  'listenerCount', 'addAbortListener']) {
  assert.strictEqual(typeof events[fn], 'function', fn);
}
for (const m of ['setMaxListeners', 'getMaxListeners', 'emit', 'addListener', 'on',
                 'prependListener', 'once', 'prependOnceListener', 'removeListener', 'off',
                 'removeAllListeners', 'listeners', 'rawListeners', 'listenerCount', 'eventNames']) {
  assert.strictEqual(typeof events.prototype[m], 'function', m);
}
// Calling without new throws.
assert.throws(() => events(), TypeError);
assert.ok(common);
