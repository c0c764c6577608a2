// covers: net.createServer, net.connect, net.BlockList.prototype.check
'use strict';
const common = require('../common');
const assert = require('assert');
const net = require('net');

const blocked = new net.BlockList();
blocked.addAddress('127.0.0.1');
assert.throws(() => net.createServer({ blockList: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.blockList" property must be an net.BlockList. Received an instance of Object',
});

// A server's block list: a listed peer is closed before it becomes a 'connection'.
const server = net.createServer({ blockList: blocked }, common.mustNotCall());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('error', () => {});   // a reset or an end, depending on timing
  c.resume();
  c.on('close', common.mustCall(() => {
    // A client's block list: connecting to a listed address fails before any connect.
    const d = net.connect({ port: server.address().port, host: '127.0.0.1', blockList: blocked });
    d.on('connect', common.mustNotCall());
    d.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_IP_BLOCKED');
      assert.strictEqual(err.message, 'IP(127.0.0.1) is blocked by net.BlockList');
      server.close();
    }));
  }));
}));
