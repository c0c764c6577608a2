'use strict';
// EventEmitter.prototype.emit as the events module defined it, for internals that skip an
// emit nobody listens to only while a stream still uses this very function: a program that
// replaced the prototype's emit before those internals loaded must still see every event.
module.exports = { emit: undefined };
