// covers: fs.Stats.prototype.atime, fs.Stats.prototype.mtime, fs.Stats.prototype.ctime
// covers: fs.Stats.prototype.birthtime, fs.BigIntStats.prototype.atime
// covers: fs.BigIntStats.prototype.mtime, fs.BigIntStats.prototype.ctime
// covers: fs.BigIntStats.prototype.birthtime, fs.futimes, fs.lutimes, fs.promises.lutimes
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

common.tmpdir.refresh();
const file = common.tmpdir.resolve('dated.txt');
fs.writeFileSync(file, 'x');

// The Date getters mirror the (fractional) *Ms numbers.
const st = fs.statSync(file);
for (const k of ['atime', 'mtime', 'ctime', 'birthtime']) {
  assert.ok(st[k] instanceof Date, k);
  assert.ok(Math.abs(st[k].getTime() - st[`${k}Ms`]) <= 1, k);
}
// They are lazy accessors that can be overwritten.
st.mtime = 'replaced';
assert.strictEqual(st.mtime, 'replaced');

// BigIntStats: the Dates are built from the nanosecond bigints.
const big = fs.statSync(file, { bigint: true });
assert.strictEqual(typeof big.mtimeNs, 'bigint');
for (const k of ['atime', 'mtime', 'ctime', 'birthtime']) {
  assert.ok(big[k] instanceof Date, k);
  const ms = BigInt(big[k].getTime());
  const d = ms - big[`${k}Ns`] / 1000000n;   // rounded, not truncated
  assert.ok(d === 0n || d === 1n, k);
  assert.strictEqual(big[`${k}Ms`], big[`${k}Ns`] / 1000000n, k);
}

// futimes sets the times through a descriptor; whole seconds survive exactly.
const fd = fs.openSync(file, 'r+');
fs.futimes(fd, 1000000000, new Date(1500000000000), common.mustSucceed(() => {
  fs.closeSync(fd);
  const after = fs.statSync(file);
  assert.strictEqual(after.atime.getTime(), 1000000000000);
  assert.strictEqual(after.mtime.getTime(), 1500000000000);
  const bigAfter = fs.statSync(file, { bigint: true });
  assert.strictEqual(bigAfter.mtime.getTime(), 1500000000000);
  assert.strictEqual(bigAfter.mtimeNs, 1500000000000000000n);

  // lutimes changes the link itself, not its target.
  const link = common.tmpdir.resolve('dated-link');
  fs.symlinkSync(file, link);
  fs.lutimes(link, 1200000000, 1200000000, common.mustSucceed(async () => {
    assert.strictEqual(fs.lstatSync(link).mtime.getTime(), 1200000000000);
    assert.strictEqual(fs.statSync(file).mtime.getTime(), 1500000000000);
    await fs.promises.lutimes(link, new Date(1300000000000), new Date(1300000000000));
    assert.strictEqual(fs.lstatSync(link).mtime.getTime(), 1300000000000);
    assert.strictEqual(fs.statSync(file).mtime.getTime(), 1500000000000);
    await assert.rejects(fs.promises.lutimes(common.tmpdir.resolve('nope'), 1, 1),
                         { code: 'ENOENT' });
  }));
}));
assert.throws(() => fs.futimes('not-fd', 1, 1, common.mustNotCall()),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => fs.futimes(fd, 1, 1),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
