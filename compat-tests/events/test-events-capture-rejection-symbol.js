// covers: events.captureRejectionSymbol, events.EventEmitter.captureRejectionSymbol, events.EventEmitter.prototype.emit
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const sym = EventEmitter.captureRejectionSymbol;
assert.strictEqual(typeof sym, 'symbol');
assert.strictEqual(sym, Symbol.for('nodejs.rejection'));
assert.strictEqual(require('events').captureRejectionSymbol, sym);

// A [captureRejectionSymbol] method receives the rejection instead of 'error'.
class Custom extends EventEmitter {
  constructor() { super({ captureRejections: true }); }
  [sym](err, event, ...args) {
    assert.strictEqual(err.message, 'nope');
    assert.strictEqual(event, 'job');
    assert.deepStrictEqual(args, [1, 2]);
    handled();
  }
}
const handled = common.mustCall();
const c = new Custom();
c.on('error', common.mustNotCall());
c.on('job', async () => { throw new Error('nope'); });
c.emit('job', 1, 2);
