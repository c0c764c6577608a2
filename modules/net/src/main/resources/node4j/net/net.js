'use strict';
// net: TCP and Unix domain socket servers and clients (internal/net/server, internal/net/socket),
// the IP checks, BlockList, SocketAddress and the happy-eyeballs defaults.
const { validateBoolean, validateInt32 } = require('internal/validators');
const { isIP, isIPv4, isIPv6 } = require('internal/net/ip');
const { normalizeArgs } = require('internal/net/args');
const { Socket, defaults } = require('internal/net/socket');
const { Server } = require('internal/net/server');

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

// connect(options[, cb]), connect(port[, host][, cb]), connect(path[, cb])
function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

module.exports = {
  _normalizeArgs: normalizeArgs,
  // Loaded on first use, as Node's: most programs that need net never touch them.
  get BlockList() {
    return require('internal/net/blocklist').BlockList;
  },
  get SocketAddress() {
    return require('internal/net/socketaddress').SocketAddress;
  },
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily: () => defaults.autoSelectFamily,
  setDefaultAutoSelectFamily(value) {
    validateBoolean(value, 'value');
    defaults.autoSelectFamily = value;
  },
  getDefaultAutoSelectFamilyAttemptTimeout: () => defaults.autoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout(value) {
    validateInt32(value, 'value', 1);
    defaults.autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
  },
};
