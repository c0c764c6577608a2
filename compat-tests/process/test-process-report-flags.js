// covers: process.report.compact, process.report.directory, process.report.filename
// covers: process.report.excludeEnv, process.report.excludeNetwork, process.report.signal
// covers: process.report.reportOnSignal, process.report.reportOnUncaughtException, process.execArgv
'use strict';
// The --report-* flags set process.report's settings before the program's first line, as
// --flag=value or --flag value; --report-on-signal writes a report when that signal arrives,
// and --report-signal implies it; --report-uncaught-exception writes one when an uncaught
// exception ends the process.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

if (common.isWindows) common.skip('POSIX signals');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-flags-'));
const settings = `
  const r = process.report;
  console.log(JSON.stringify({ argv: process.execArgv.slice(0, -2), directory: r.directory,
    filename: r.filename, compact: r.compact, excludeNetwork: r.excludeNetwork,
    excludeEnv: r.excludeEnv, signal: r.signal, reportOnSignal: r.reportOnSignal }));`;

function run(flags, code, status = 0) {
  const child = spawnSync(process.execPath, [...flags, '-e', code], { encoding: 'utf8', cwd: dir });
  assert.strictEqual(child.status, status, child.stderr);
  return child;
}

// The one report in dir, parsed, and removed.
function takeReport() {
  const files = fs.readdirSync(dir).filter((f) => /^report\..*\.json$/.test(f));
  assert.strictEqual(files.length, 1, files.join());
  const report = JSON.parse(fs.readFileSync(path.join(dir, files[0]), 'utf8'));
  fs.rmSync(path.join(dir, files[0]));
  return { name: files[0], report };
}

{
  const flags = ['--report-dir', dir, '--report-filename=out.json', '--report-compact',
                 '--report-exclude-network', '--report-exclude-env', '--report-signal=SIGUSR1'];
  const seen = JSON.parse(run(flags, settings).stdout);
  assert.deepStrictEqual(seen, {
    argv: flags, directory: dir, filename: 'out.json', compact: true, excludeNetwork: true,
    excludeEnv: true, signal: 'SIGUSR1', reportOnSignal: true,
  });
}

{
  // --report-on-signal: the signal writes a compact report into the directory.
  const code = `
    process.kill(process.pid, 'SIGUSR2');
    setTimeout(() => {}, 500);`;
  const child = run(['--report-on-signal', '--report-directory', dir, '--report-compact'], code);
  const files = fs.readdirSync(dir).filter((f) => /^report\..*\.json$/.test(f));
  assert.strictEqual(files.length, 1, files.join());
  assert.match(child.stderr, new RegExp(`Writing Node\\.js report to file: ${files[0].replace(/\./g, '\\.')}\\n` +
    'Node\\.js report completed\\n'));
  const text = fs.readFileSync(path.join(dir, files[0]), 'utf8');
  assert.strictEqual(text.trim().split('\n').length, 1);   // compact: one line
  const report = JSON.parse(text);
  assert.strictEqual(report.header.event, 'SIGUSR2');
  assert.strictEqual(report.header.trigger, 'Signal');
  fs.rmSync(path.join(dir, files[0]));
}

{
  // --report-signal alone listens for its signal.
  const code = `
    process.kill(process.pid, 'SIGUSR1');
    setTimeout(() => {}, 500);`;
  run(['--report-signal', 'SIGUSR1', '--report-dir', dir], code);
  assert.strictEqual(takeReport().report.header.event, 'SIGUSR1');
}

{
  // An uncaught exception: the error's text, then the report's two lines, then Node's version.
  const code = "const e = new Error('boom'); e.code = 'E_TEST'; throw e;";
  const child = run(['--report-uncaught-exception'], code, 1);
  const { name, report } = takeReport();
  assert.ok(child.stderr.startsWith('[eval]:1\n'), child.stderr);
  assert.ok(child.stderr.includes(`Error: boom\n`), child.stderr);
  assert.ok(child.stderr.endsWith(`\n\nWriting Node.js report to file: ${name}\nNode.js report completed\n` +
    `\nNode.js ${process.version}\n`), child.stderr);
  assert.strictEqual(report.header.event, 'Exception');
  assert.strictEqual(report.header.trigger, 'Exception');
  assert.strictEqual(report.javascriptStack.message, '[eval]:1');
  assert.ok(report.javascriptStack.stack.includes('Error: boom'), report.javascriptStack.stack.join('|'));
  assert.strictEqual(report.javascriptStack.errorProperties.code, 'E_TEST');
}

{
  // Set at run time, and only for an exception that ends the process.
  const handled = `
    process.report.reportOnUncaughtException = true;
    process.on('uncaughtException', () => {});
    throw new Error('handled');`;
  run([], handled);
  assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => f.startsWith('report.')), []);
  const fatal = `
    process.report.reportOnUncaughtException = true;
    Promise.reject(new Error('rejected'));`;
  run([], fatal, 1);
  assert.strictEqual(takeReport().report.header.trigger, 'Exception');
}

fs.rmSync(dir, { recursive: true, force: true });
