// covers: events.EventEmitter.prototype.prependListener, events.EventEmitter.prototype.prependOnceListener, events.EventEmitter.prototype.on
'use strict';
const common = require('../common');
const assert = require('assert');
const { EventEmitter } = require('events');

const ee = new EventEmitter();
const order = [];
ee.on('e', () => order.push('on'));
ee.prependListener('e', () => order.push('prepend'));
ee.prependOnceListener('e', () => order.push('prependOnce'));
ee.emit('e');
ee.emit('e');
assert.deepStrictEqual(order, ['prependOnce', 'prepend', 'on', 'prepend', 'on']);
assert.strictEqual(ee.prependListener('x', () => {}), ee);
assert.strictEqual(ee.prependOnceListener('x', () => {}), ee);
// prependListener emits newListener like on().
ee.on('newListener', common.mustCall((name) => assert.strictEqual(name, 'y')));
ee.prependListener('y', () => {});
for (const m of ['prependListener', 'prependOnceListener']) {
  assert.throws(() => ee[m]('y', null), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
}
