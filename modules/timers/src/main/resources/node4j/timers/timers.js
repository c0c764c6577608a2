'use strict';
// Node's `timers` module: the public face of internal/timers.

const t = require('internal/timers');

const kPromisifyCustom = Symbol.for('nodejs.util.promisify.custom');
for (const [fn, name] of [[t.setTimeout, 'setTimeout'], [t.setImmediate, 'setImmediate']]) {
  // util.promisify(setTimeout) is timers/promises.setTimeout, as in Node.
  Object.defineProperty(fn, kPromisifyCustom, {
    enumerable: true,
    get() { return require('timers/promises')[name]; },
  });
}

module.exports = {
  setTimeout: t.setTimeout,
  clearTimeout: t.clearTimeout,
  setImmediate: t.setImmediate,
  clearImmediate: t.clearImmediate,
  setInterval: t.setInterval,
  clearInterval: t.clearInterval,
};
Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() { return require('timers/promises'); },
});
