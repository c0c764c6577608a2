// covers: globalThis.setImmediate, globalThis.setTimeout, fs.readFile
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

// Inside an I/O callback, setImmediate always runs before setTimeout(0):
// the check phase comes right after the poll phase.
fs.readFile(__filename, common.mustSucceed(() => {
  const order = [];
  setTimeout(common.mustCall(() => {
    order.push('timeout');
    assert.deepStrictEqual(order, ['immediate', 'timeout']);
  }), 0);
  setImmediate(common.mustCall(() => order.push('immediate')));
}));
