// covers: util.inherits
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');
const EventEmitter = require('events');

function Base() { this.base = true; }
Base.prototype.hello = function() { return 'hello from base'; };
function Child() { Base.call(this); }
util.inherits(Child, Base);
const c = new Child();
assert.strictEqual(c.hello(), 'hello from base');
assert.ok(c instanceof Base);
assert.strictEqual(Child.super_, Base);
assert.strictEqual(Object.getPrototypeOf(Child.prototype), Base.prototype);
assert.strictEqual(Child.prototype.constructor, Child);

function Emitter() { EventEmitter.call(this); }
util.inherits(Emitter, EventEmitter);
new Emitter().on('x', common.mustCall()).emit('x');

assert.throws(() => util.inherits(null, Base), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "ctor" argument must be of type function. Received null',
}));
assert.throws(() => util.inherits(Child, null), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor" argument must be of type function. Received null',
}));
assert.throws(() => util.inherits(Child, Object.assign(function() {}, { prototype: undefined })), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor.prototype" property must be of type object. Received undefined',
}));
