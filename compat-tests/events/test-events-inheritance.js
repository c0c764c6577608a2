// covers: events.EventEmitter, events.EventEmitter.prototype.on, events.EventEmitter.prototype.emit, events.EventEmitter.init
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const util = require('util');

// ES class subclass.
class Door extends EventEmitter {
  open() { this.emit('open', this.name); }
}
const d = new Door();
d.name = 'front';
d.on('open', common.mustCall((n) => assert.strictEqual(n, 'front')));
d.open();
assert.ok(d instanceof EventEmitter);

// Old-style constructor + call(this).
function Legacy() { EventEmitter.call(this); }
Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
const l = new Legacy();
l.on('x', common.mustCall());
l.emit('x');
assert.strictEqual(l.listenerCount('x'), 1);

// Mixing in to an object that never called the constructor still works.
const obj = Object.create(EventEmitter.prototype);
obj.on('y', common.mustCall());
obj.emit('y');
assert.strictEqual(typeof EventEmitter.init, 'function');
assert.ok(util);
