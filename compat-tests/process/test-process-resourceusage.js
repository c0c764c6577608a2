// covers: process.resourceUsage
'use strict';
const common = require('../common');
const assert = require('assert');

const r = process.resourceUsage();
const keys = ['userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize',
              'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead',
              'fsWrite', 'ipcSent', 'ipcReceived', 'signalsCount', 'voluntaryContextSwitches',
              'involuntaryContextSwitches'];
for (const k of keys) {
  assert.strictEqual(typeof r[k], 'number', k);
  assert.ok(r[k] >= 0, k);
}
assert.ok(r.maxRSS > 0);
assert.ok(common);
