'use strict';
// Node's `os`: machine facts from the Java binding (JVM, /proc, /etc/passwd).

const b = internalBinding('os');
const { constants } = require('internal/os_constants');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
const { validateInt32, validateObject } = require('internal/validators');

const proc = () => require('process');

const ARCH = { amd64: 'x64', x86_64: 'x64', aarch64: 'arm64', arm: 'arm', x86: 'ia32', i386: 'ia32',
  ppc64le: 'ppc64', s390x: 's390x', riscv64: 'riscv64', loong64: 'loong64' };

let unameCache;
const uname = () => (unameCache ||= b.uname());

function arch() { return ARCH[b.javaArch()] || b.javaArch(); }
function platform() { return 'linux'; }
function type() { return String(uname()[0]); }
function release() { return String(uname()[1]); }
function version() { return String(uname()[2]); }
function machine() { return String(uname()[3]); }
function hostname() { return b.hostname(); }
function uptime() { return b.uptime(); }
function loadavg() { const l = b.loadavg(); return [l[0], l[1], l[2]]; }
function totalmem() { return b.memory()[0]; }
function freemem() { return b.memory()[1]; }
function availableParallelism() { return b.availableParallelism(); }
function endianness() { return 'LE'; }

function homedir() {
  const home = proc().env.HOME;
  return home ? home : String(b.userInfo()[3]);
}

function tmpdir() {
  const env = proc().env;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function userInfo(options = undefined) {
  if (options !== undefined && options !== null) validateObject(options, 'options');
  const [uid, gid, username, homedir, shell] = b.userInfo();
  const info = { uid, gid, username: String(username), homedir: String(homedir), shell: shell == null ? null : String(shell) };
  if (options && options.encoding === 'buffer') {
    const { Buffer } = require('buffer');
    info.username = Buffer.from(info.username);
    info.homedir = Buffer.from(info.homedir);
    if (info.shell !== null) info.shell = Buffer.from(info.shell);
  }
  return info;
}

function cpus() {
  const flat = b.cpus();
  const out = [];
  for (let i = 0; i < flat.length; i += 7) {
    out.push({
      model: String(flat[i]),
      speed: flat[i + 1],
      times: { user: flat[i + 2], nice: flat[i + 3], sys: flat[i + 4], idle: flat[i + 5], irq: flat[i + 6] },
    });
  }
  return out;
}

function networkInterfaces() {
  const flat = b.networkInterfaces();
  const out = {};
  for (let i = 0; i < flat.length; i += 8) {
    const [name, address, netmask, family, mac, internal, scopeid, prefix] = flat.slice(i, i + 8);
    const entry = { address: String(address), netmask: String(netmask), family: String(family),
      mac: String(mac), internal: Boolean(internal) };
    entry.cidr = `${entry.address}/${prefix}`;
    if (family === 'IPv6') entry.scopeid = scopeid;
    (out[name] ||= []).push(entry);
  }
  return out;
}

function getPriority(pid = 0) {
  validateInt32(pid, 'pid');
  throw new ERR_NOT_IMPLEMENTED('os.getPriority');
}

function setPriority(pid, priority) {
  if (priority === undefined) { priority = pid; pid = 0; }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  throw new ERR_NOT_IMPLEMENTED('os.setPriority');
}

// Node lets these be used in template strings: `${os.hostname}`.
for (const fn of [arch, availableParallelism, endianness, freemem, homedir, hostname, machine,
  platform, release, tmpdir, totalmem, type, uptime, version]) {
  fn[Symbol.toPrimitive] = () => fn();
}

module.exports = {
  arch, availableParallelism, cpus, endianness, freemem, getPriority, homedir, hostname, loadavg,
  networkInterfaces, platform, release, setPriority, tmpdir, totalmem, type, userInfo, uptime,
  version, machine,
};
Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
