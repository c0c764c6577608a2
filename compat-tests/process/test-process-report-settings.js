// covers: process.report.compact, process.report.directory, process.report.filename
// covers: process.report.excludeEnv, process.report.excludeNetwork, process.report.signal
// covers: process.report.reportOnFatalError, process.report.reportOnSignal
// covers: process.report.reportOnUncaughtException
'use strict';
const common = require('../common');
const assert = require('assert');

const report = process.report;
assert.strictEqual(typeof report, 'object');

// Defaults when no --report-* flag was given.
assert.strictEqual(report.compact, false);
assert.strictEqual(report.directory, '');
assert.strictEqual(report.filename, '');
assert.strictEqual(report.excludeEnv, false);
assert.strictEqual(report.excludeNetwork, false);
assert.strictEqual(report.reportOnFatalError, false);
assert.strictEqual(report.reportOnSignal, false);
assert.strictEqual(report.reportOnUncaughtException, false);
assert.strictEqual(report.signal, 'SIGUSR2');

// The message names the argument (for some settings an internal name), then the type.
const typeError = (type) => common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: new RegExp(`^The "\\w+" argument must be of type ${type}\\. Received`),
});

// Boolean settings: round-trip, and non-booleans are rejected without changing the value.
for (const key of ['compact', 'excludeEnv', 'excludeNetwork', 'reportOnFatalError',
                   'reportOnUncaughtException']) {
  report[key] = true;
  assert.strictEqual(report[key], true, key);
  assert.throws(() => { report[key] = 1; }, typeError('boolean'));
  assert.throws(() => { report[key] = 'true'; }, typeError('boolean'));
  assert.strictEqual(report[key], true, key);
  report[key] = false;
  assert.strictEqual(report[key], false, key);
}

// String settings.
common.tmpdir.refresh();
report.directory = common.tmpdir.path;
assert.strictEqual(report.directory, common.tmpdir.path);
assert.throws(() => { report.directory = 5; }, typeError('string'));
report.directory = '';
assert.strictEqual(report.directory, '');
report.filename = 'my-report.json';
assert.strictEqual(report.filename, 'my-report.json');
assert.throws(() => { report.filename = {}; }, typeError('string'));
report.filename = '';
assert.strictEqual(report.filename, '');

// The signal must be a known signal name.
report.signal = 'SIGUSR1';
assert.strictEqual(report.signal, 'SIGUSR1');
assert.throws(() => { report.signal = 'SIGNOTREAL'; },
              common.expectsError({ code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError',
                                    message: 'Unknown signal: SIGNOTREAL' }));
assert.throws(() => { report.signal = 10; }, typeError('string'));
assert.strictEqual(report.signal, 'SIGUSR1');
report.signal = 'SIGUSR2';

// reportOnSignal installs a handler for the configured signal; turning it off removes it.
const before = process.listenerCount('SIGUSR2');
report.reportOnSignal = true;
assert.strictEqual(report.reportOnSignal, true);
assert.throws(() => { report.reportOnSignal = null; }, typeError('boolean'));
report.reportOnSignal = false;
assert.strictEqual(report.reportOnSignal, false);
assert.strictEqual(process.listenerCount('SIGUSR2'), before);
