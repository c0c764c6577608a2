// covers: util.setTraceSigInt, process.execArgv
'use strict';
// With util.setTraceSigInt(true), a SIGINT prints KEYBOARD_INTERRUPT and the JS stack it
// interrupted (just the header when no JS runs), then the process dies of the signal; a 'SIGINT'
// listener on process takes precedence.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

if (common.isWindows) common.skip('POSIX signals');

const header = 'KEYBOARD_INTERRUPT: Script execution was interrupted by `SIGINT`\n';

// Runs `code` in a child, sends SIGINT half a second after it has written 'ready' to stderr (time
// for the child to finish that write: the signal should find it spinning or idle, not writing),
// and passes what it wrote to stderr after that, its exit code and signal.
function interrupt(code, check, flags = []) {
  const child = spawn(process.execPath, [...flags, '-e', code], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  let sent = false;
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    err += chunk;
    if (!sent && err.includes('ready\n')) {
      sent = true;
      err = err.slice(err.indexOf('ready\n') + 6);
      setTimeout(() => child.kill('SIGINT'), 500);
    }
  });
  child.on('close', common.mustCall((status, signal) => check(err, status, signal)));
}

const busy = `
  require('util').setTraceSigInt(true);
  function spin() { const end = Date.now() + 20000; while (Date.now() < end); }
  function outer() { process.stderr.write('ready\\n'); spin(); }
  outer();`;
interrupt(busy, (err, status, signal) => {
  assert.strictEqual(signal, 'SIGINT');
  assert.strictEqual(status, null);
  assert.ok(err.startsWith(header + '    at spin ('), err);
  assert.match(err, /\n {4}at outer \(/);
  assert.ok(err.endsWith('\n\n'), err);
});

const idle = `
  require('util').setTraceSigInt(true);
  setTimeout(() => {}, 20000);
  setTimeout(() => process.stderr.write('ready\\n'), 1);`;
interrupt(idle, (err, status, signal) => {
  assert.strictEqual(signal, 'SIGINT');
  assert.strictEqual(err, header);
});

const listener = `
  require('util').setTraceSigInt(true);
  process.on('SIGINT', () => { process.stderr.write('listener\\n'); process.exit(3); });
  setTimeout(() => {}, 20000);
  setTimeout(() => process.stderr.write('ready\\n'), 1);`;
interrupt(listener, (err, status, signal) => {
  assert.strictEqual(status, 3);
  assert.strictEqual(err, 'listener\n');
});

// The --trace-sigint flag turns it on before the program's first line.
const flagged = `
  if (!process.execArgv.includes('--trace-sigint')) throw new Error('no flag in execArgv');
  function spin() { const end = Date.now() + 20000; while (Date.now() < end); }
  process.stderr.write('ready\\n');
  spin();`;
interrupt(flagged, (err, status, signal) => {
  assert.strictEqual(signal, 'SIGINT');
  assert.ok(err.startsWith(header + '    at spin ('), err);
}, ['--trace-sigint']);
