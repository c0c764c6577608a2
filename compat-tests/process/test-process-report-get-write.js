// covers: process.report.getReport, process.report.writeReport, process.report.excludeEnv
// covers: process.report.compact
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const report = process.report;
report.excludeNetwork = true;   // avoid reverse DNS look-ups of interfaces

// getReport() describes the current process as a plain object.
const r = report.getReport();
assert.strictEqual(typeof r, 'object');
assert.strictEqual(r.header.processId, process.pid);
assert.strictEqual(r.header.nodejsVersion, process.version);
assert.strictEqual(r.header.platform, process.platform);
assert.strictEqual(r.header.arch, process.arch);
assert.strictEqual(r.header.cwd, process.cwd());
assert.ok(Array.isArray(r.header.commandLine));
assert.strictEqual(r.header.event, 'JavaScript API');
assert.strictEqual(r.header.trigger, 'GetReport');
assert.strictEqual(typeof r.environmentVariables, 'object');
assert.ok(Array.isArray(r.libuv));
assert.ok(Array.isArray(r.javascriptStack.stack));

// With an error, the JavaScript stack section describes that error.
const err = new RangeError('report me');
const withErr = report.getReport(err);
assert.strictEqual(withErr.javascriptStack.message, 'RangeError: report me');
assert.ok(withErr.javascriptStack.stack.length > 0);

assert.throws(() => report.getReport('boom'),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));

// excludeEnv leaves the environment out.
report.excludeEnv = true;
assert.strictEqual(report.getReport().environmentVariables, undefined);
report.excludeEnv = false;

// writeReport() writes JSON to the given file and returns its name.
common.tmpdir.refresh();
const file = common.tmpdir.resolve('report.json');
const written = report.writeReport(file);
assert.strictEqual(written, file);
const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
assert.strictEqual(parsed.header.processId, process.pid);
assert.strictEqual(parsed.header.trigger, 'API');
assert.ok(fs.readFileSync(file, 'utf8').split('\n').length > 10);

// An error given as the second argument ends up in the file.
const file2 = common.tmpdir.resolve('report2.json');
report.writeReport(file2, new TypeError('in file'));
assert.strictEqual(JSON.parse(fs.readFileSync(file2, 'utf8')).javascriptStack.message,
                   'TypeError: in file');

// compact: the JSON is written on a single line.
report.compact = true;
const file3 = common.tmpdir.resolve('compact.json');
report.writeReport(file3);
const text = fs.readFileSync(file3, 'utf8');
assert.strictEqual(text.trim().split('\n').length, 1);
assert.strictEqual(JSON.parse(text).header.processId, process.pid);
report.compact = false;

// Without a name, the file goes to report.directory with a generated name.
report.directory = common.tmpdir.path;
const generated = report.writeReport();
assert.match(generated, /^report\.\d{8}\.\d{6}\.\d+\.\d+\.\d+\.json$/);
assert.ok(fs.existsSync(path.join(common.tmpdir.path, generated)));
report.directory = '';

assert.throws(() => report.writeReport(5),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => report.writeReport(file, 'x'),
              common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
