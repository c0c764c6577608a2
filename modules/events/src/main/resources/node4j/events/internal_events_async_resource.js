'use strict';
// EventEmitterAsyncResource: an EventEmitter whose listeners run in an AsyncResource's scope.
// Built on first access of events.EventEmitterAsyncResource, as a subclass of EventEmitter.

const errors = require('internal/errors');
const { validateString } = require('internal/validators');

module.exports = function makeAsyncResourceClass(EventEmitter) {
  let AsyncResource;
  try {
    const ah = require('async_hooks');
    AsyncResource = ah && ah.AsyncResource;
  } catch { /* no async_hooks: a minimal resource below */ }
  if (typeof AsyncResource !== 'function') {
    let nextId = 2;
    AsyncResource = class AsyncResource {
      constructor(type, opts = {}) {
        validateString(type, 'type');
        this._asyncId = ++nextId;
        const trigger = typeof opts === 'number' ? opts : opts && opts.triggerAsyncId;
        this._triggerAsyncId = trigger === undefined ? 1 : trigger;
      }
      runInAsyncScope(fn, thisArg, ...args) { return Reflect.apply(fn, thisArg, args); }
      emitDestroy() { return this; }
      asyncId() { return this._asyncId; }
      triggerAsyncId() { return this._triggerAsyncId; }
      bind(fn, thisArg) { return (...a) => this.runInAsyncScope(fn, thisArg, ...a); }
    };
  }
  const kEventEmitter = Symbol('kEventEmitter');
  const kAsyncResource = Symbol('kAsyncResource');

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(ee, type, options) {
      super(type, options);
      this[kEventEmitter] = ee;
    }
    get eventEmitter() {
      if (this[kEventEmitter] === undefined) {
        throw new errors.codes.ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
      }
      return this[kEventEmitter];
    }
  }

  class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) validateString(options && options.name, 'options.name');
        name = (options && options.name) || new.target.name;
      }
      super(options);
      this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }
    emit(event, ...args) {
      if (this[kAsyncResource] === undefined) throw new errors.codes.ERR_INVALID_THIS('EventEmitterAsyncResource');
      const { asyncResource } = this;
      args.unshift(super.emit, this, event);
      return Reflect.apply(asyncResource.runInAsyncScope, asyncResource, args);
    }
    emitDestroy() {
      if (this[kAsyncResource] === undefined) throw new errors.codes.ERR_INVALID_THIS('EventEmitterAsyncResource');
      this.asyncResource.emitDestroy();
    }
    get asyncId() {
      if (this[kAsyncResource] === undefined) throw new errors.codes.ERR_INVALID_THIS('EventEmitterAsyncResource');
      return this.asyncResource.asyncId();
    }
    get triggerAsyncId() {
      if (this[kAsyncResource] === undefined) throw new errors.codes.ERR_INVALID_THIS('EventEmitterAsyncResource');
      return this.asyncResource.triggerAsyncId();
    }
    get asyncResource() {
      if (this[kAsyncResource] === undefined) throw new errors.codes.ERR_INVALID_THIS('EventEmitterAsyncResource');
      return this[kAsyncResource];
    }
  }
  return EventEmitterAsyncResource;
};
