// covers: net.isIP, net.isIPv4, net.isIPv6, net.getDefaultAutoSelectFamily, net.setDefaultAutoSelectFamily, net.getDefaultAutoSelectFamilyAttemptTimeout, net.setDefaultAutoSelectFamilyAttemptTimeout, net, net.Socket.prototype._final, net.Socket.prototype._destroy
'use strict';
require('../common');
const assert = require('assert');
const net = require('net');

assert.strictEqual(net.isIP('127.0.0.1'), 4);
assert.strictEqual(net.isIP('::1'), 6);
assert.strictEqual(net.isIP('fe80::1%lo'), 6);
assert.strictEqual(net.isIP('::ffff:127.0.0.1'), 6);
assert.strictEqual(net.isIP('256.0.0.1'), 0);
assert.strictEqual(net.isIP('example.com'), 0);
assert.strictEqual(net.isIP(''), 0);
assert.strictEqual(net.isIP(), 0);
assert.strictEqual(net.isIPv4('1.2.3.4'), true);
assert.strictEqual(net.isIPv4('01.2.3.4'), false);
assert.strictEqual(net.isIPv6('2001:db8::1'), true);
assert.strictEqual(net.isIPv6('1.2.3.4'), false);

assert.strictEqual(net.getDefaultAutoSelectFamily(), true);
net.setDefaultAutoSelectFamily(false);
assert.strictEqual(net.getDefaultAutoSelectFamily(), false);
net.setDefaultAutoSelectFamily(true);
assert.throws(() => net.setDefaultAutoSelectFamily(1), { code: 'ERR_INVALID_ARG_TYPE' });
const attemptTimeout = net.getDefaultAutoSelectFamilyAttemptTimeout();
assert.ok([250, 500].includes(attemptTimeout));   // Node 24: 250, Node 25: 500
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 10);
net.setDefaultAutoSelectFamilyAttemptTimeout(attemptTimeout);
assert.throws(() => net.setDefaultAutoSelectFamilyAttemptTimeout(0), { code: 'ERR_OUT_OF_RANGE' });

// _final and _destroy are the socket's Writable and destroy hooks: ending and destroying a socket
// that never connected calls them without a connection.
const s = new net.Socket();
assert.strictEqual(typeof s._final, 'function');
assert.strictEqual(typeof s._destroy, 'function');
s.on('close', () => assert.strictEqual(s.destroyed, true));
s.destroy();
