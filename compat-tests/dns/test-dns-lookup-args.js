// covers: dns.lookup, dns.promises.lookup
'use strict';
const common = require('../common');
const assert = require('assert');
const dns = require('dns');

const cb = common.mustNotCall();
const typeError = (message) => ({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message });
const valueError = (message) => ({ code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError', message });

for (const lookup of [(h, o) => dns.lookup(h, o, cb), (h, o) => dns.promises.lookup(h, o)]) {
  assert.throws(() => lookup(42), typeError(
    'The "hostname" argument must be of type string. Received type number (42)'));
  assert.throws(() => lookup({}), typeError(
    'The "hostname" argument must be of type string. Received an instance of Object'));
  assert.throws(() => lookup('localhost', 'x'), typeError(
    'The "options" argument must be of type object or integer. Received type string (\'x\')'));
  assert.throws(() => lookup('localhost', true), typeError(
    'The "options" argument must be of type object or integer. Received type boolean (true)'));
  assert.throws(() => lookup('localhost', 5), valueError(
    "The argument 'family' must be one of: 0, 4, 6. Received 5"));
  assert.throws(() => lookup('localhost', { family: 5 }), valueError(
    "The property 'options.family' must be one of: 0, 4, 6. Received 5"));
  assert.throws(() => lookup('localhost', { family: 'ipv4' }), valueError(
    "The property 'options.family' must be one of: 0, 4, 6. Received 'ipv4'"));
  assert.throws(() => lookup('localhost', { hints: '8' }), typeError(
    'The "options.hints" property must be of type number. Received type string (\'8\')'));
  assert.throws(() => lookup('localhost', { hints: 100 }), valueError(
    "The argument 'hints' is invalid. Received 100"));
  assert.throws(() => lookup('localhost', { hints: -1 }), valueError(
    "The argument 'hints' is invalid. Received 4294967295"));
  assert.throws(() => lookup('localhost', { all: 1 }), typeError(
    'The "options.all" property must be of type boolean. Received type number (1)'));
  assert.throws(() => lookup('localhost', { verbatim: 'yes' }), typeError(
    'The "options.verbatim" property must be of type boolean. Received type string (\'yes\')'));
  assert.throws(() => lookup('localhost', { order: 'random' }), valueError(
    "The property 'options.order' must be one of: 'verbatim', 'ipv4first', 'ipv6first'. Received 'random'"));
}

// The callback is checked before the options.
const noCallback = (received) => typeError(
  `The "callback" argument must be of type function. Received ${received}`);
assert.throws(() => dns.lookup('localhost'), noCallback('undefined'));
assert.throws(() => dns.lookup('localhost', {}), noCallback('undefined'));
assert.throws(() => dns.lookup('localhost', 4), noCallback('undefined'));
assert.throws(() => dns.lookup('localhost', 5), noCallback('undefined'));
assert.throws(() => dns.lookup('localhost', 'x'), noCallback("type string ('x')"));
assert.throws(() => dns.lookup('localhost', {}, {}), noCallback('an instance of Object'));

// Accepted: null/array options, null properties, every combination of the three hints.
dns.lookup('127.0.0.1', null, common.mustSucceed());
dns.lookup('127.0.0.1', [], common.mustSucceed());
dns.lookup('127.0.0.1', { family: null, hints: null, all: null, order: null }, common.mustSucceed());
dns.lookup('127.0.0.1', { hints: dns.ADDRCONFIG | dns.V4MAPPED | dns.ALL }, common.mustSucceed());
dns.lookup('127.0.0.1', { family: 'IPv6', hints: 0 }, common.mustSucceed((address, family) => {
  assert.strictEqual(family, 4);
}));
// The promise form takes no family names.
assert.throws(() => dns.promises.lookup('127.0.0.1', { family: 'IPv4' }), valueError(
  "The property 'options.family' must be one of: 0, 4, 6. Received 'IPv4'"));
dns.promises.lookup('127.0.0.1', { family: 6, hints: 0 }).then(common.mustCall((r) => {
  assert.deepStrictEqual(r, { address: '127.0.0.1', family: 4 });
}));
