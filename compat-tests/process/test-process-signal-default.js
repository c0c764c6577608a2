// covers: process.kill, child_process.spawn
'use strict';
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

if (common.isWindows) common.skip('POSIX signals');

// With no listener, SIGHUP, SIGINT and SIGTERM kill the process by the signal (the parent sees
// the signal, not an exit code), even when the process was started with them ignored, as a
// shell's background job or nohup does: the runtime resets inherited dispositions at start.
const idle = `setTimeout(() => {}, 20000); process.stderr.write('ready\\n');`;

function killWhenReady(child, signal) {
  let err = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    err += chunk;
    if (err.includes('ready\n')) child.kill(signal);
  });
  child.on('close', common.mustCall((status, got) => {
    assert.strictEqual(got, signal, `${signal}: status ${status}, stderr ${err}`);
    assert.strictEqual(status, null);
  }));
}

for (const signal of ['SIGHUP', 'SIGINT', 'SIGTERM']) {
  killWhenReady(spawn(process.execPath, ['-e', idle], { stdio: ['ignore', 'ignore', 'pipe'] }), signal);
}

// sh's `trap ''` leaves the signal ignored across exec, so the runtime starts with it ignored.
for (const signal of ['SIGHUP', 'SIGINT']) {
  const trap = `trap '' ${signal.slice(3)}; exec "$0" -e "$1"`;
  killWhenReady(spawn('/bin/sh', ['-c', trap, process.execPath, idle], { stdio: ['ignore', 'ignore', 'pipe'] }), signal);
}
