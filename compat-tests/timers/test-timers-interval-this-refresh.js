// covers: globalThis.setInterval, timers.Timeout.prototype.hasRef, timers.Timeout.prototype.unref, timers.Timeout.prototype.close
'use strict';
const common = require('../common');
const assert = require('assert');

// An interval can unref itself from inside its callback; while another
// ref'd timer is pending it keeps running.
let count = 0;
const iv = setInterval(common.mustCallAtLeast(function() {
  assert.strictEqual(this, iv);
  count++;
  if (count === 1) {
    this.unref();
    assert.strictEqual(this.hasRef(), false);
  }
  if (count === 3) this.close();
}, 1), 1);
setTimeout(common.mustCall(), 30);
process.on('exit', () => assert.ok(count >= 1 && count <= 3));
