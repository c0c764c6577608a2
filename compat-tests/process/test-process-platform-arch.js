// covers: process.platform, process.arch
'use strict';
const common = require('../common');
const assert = require('assert');
const os = require('os');

const platforms = ['aix', 'android', 'darwin', 'freebsd', 'haiku', 'linux', 'openbsd', 'sunos', 'win32', 'cygwin', 'netbsd'];
const arches = ['arm', 'arm64', 'ia32', 'loong64', 'mips', 'mipsel', 'ppc', 'ppc64', 'riscv64', 's390', 's390x', 'x64'];
assert.ok(platforms.includes(process.platform), process.platform);
assert.ok(arches.includes(process.arch), process.arch);
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(common.isWindows, process.platform === 'win32');
