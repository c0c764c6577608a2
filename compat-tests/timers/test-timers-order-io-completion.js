// covers: globalThis.setImmediate, process.nextTick, fs.readFile, fs.stat
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

// I/O started inside an I/O callback completes in a later poll phase, so the immediates that
// callback queued run first, however fast the I/O is; ticks and promise jobs run after each
// callback.
const log = [];
fs.readFile(__filename, common.mustSucceed(() => {
  setImmediate(() => log.push('immediate'));
  process.nextTick(() => log.push('tick'));
  Promise.resolve().then(() => log.push('promise'));
  log.push('in io');
  fs.stat(__filename, common.mustSucceed(() => {
    log.push('stat');
    setImmediate(() => {
      log.push('imm2');
      process.nextTick(() => log.push('tick in imm2'));
    });
  }));
}));
process.on('exit', () => {
  assert.deepStrictEqual(log, ['in io', 'tick', 'promise', 'immediate', 'stat', 'imm2', 'tick in imm2']);
});
