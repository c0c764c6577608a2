// covers: net.BlockList, net.BlockList.isBlockList, net.BlockList.prototype.addAddress, net.BlockList.prototype.addRange, net.BlockList.prototype.addSubnet, net.BlockList.prototype.check, net.BlockList.prototype.rules, net.BlockList.prototype.toJSON, net.BlockList.prototype.fromJSON
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { BlockList, SocketAddress } = require('net');

const sorted = (list) => [...list].sort();

// Single addresses, either family; an IPv4 rule and its IPv4-mapped IPv6 form match each other.
{
  const list = new BlockList();
  list.addAddress('198.51.100.7');
  list.addAddress('2001:db8::5', 'ipv6');
  list.addAddress('::ffff:203.0.113.9', 'ipv6');
  list.addAddress(new SocketAddress({ address: '192.0.2.44' }));
  assert.strictEqual(list.check('198.51.100.7'), true);
  assert.strictEqual(list.check('198.51.100.8'), false);
  assert.strictEqual(list.check('::ffff:198.51.100.7', 'ipv6'), true);
  assert.strictEqual(list.check('::ffff:c633:6407', 'ipv6'), true);
  assert.strictEqual(list.check('::198.51.100.7', 'ipv6'), false);   // compatible, not mapped
  assert.strictEqual(list.check('203.0.113.9'), true);
  assert.strictEqual(list.check('2001:0db8:0:0::0005', 'ipv6'), true);
  assert.strictEqual(list.check('192.0.2.44'), true);
  assert.strictEqual(list.check(new SocketAddress({ address: '2001:db8::5', family: 'ipv6' })), true);
  assert.strictEqual(list.check('198.51.100.7', 'IPv4'), true);     // family is case-blind
  // Not an address of that family: no match rather than an error.
  assert.strictEqual(list.check('2001:db8::5'), false);
  assert.strictEqual(list.check('not an address'), false);
  assert.strictEqual(list.check('198.51.100.7', 'ipx'), false);
  assert.deepStrictEqual(sorted(list.rules), [
    'Address: IPv4 192.0.2.44',
    'Address: IPv4 198.51.100.7',
    'Address: IPv6 2001:db8::5',
    'Address: IPv6 ::ffff:203.0.113.9',
  ]);
}

// Rules of one kind come back newest first, addresses as the native side prints them.
{
  const list = new BlockList();
  list.addSubnet('10.0.0.0', 8);
  list.addSubnet('172.16.0.9', 12);            // host bits are kept in the text
  list.addSubnet('2001:DB8:0:0::', 32, 'ipv6');
  assert.deepStrictEqual(list.rules, [
    'Subnet: IPv6 2001:db8::/32',
    'Subnet: IPv4 172.16.0.9/12',
    'Subnet: IPv4 10.0.0.0/8',
  ]);
  assert.notStrictEqual(list.rules, list.rules);
  assert.deepStrictEqual(list.toJSON(), list.rules);
  assert.strictEqual(JSON.stringify(list), JSON.stringify(list.rules));
  assert.strictEqual(list.check('10.255.0.1'), true);
  assert.strictEqual(list.check('11.0.0.1'), false);
  assert.strictEqual(list.check('172.31.255.255'), true);
  assert.strictEqual(list.check('172.32.0.0'), false);
  assert.strictEqual(list.check('2001:db8:ffff::1', 'ipv6'), true);
  assert.strictEqual(list.check('2001:db9::1', 'ipv6'), false);
  assert.strictEqual(list.check('::ffff:10.1.2.3', 'ipv6'), true);
}

// Ranges are inclusive; an IPv4 address compares only with IPv4 or IPv4-mapped ends.
{
  const list = new BlockList();
  list.addRange('192.0.2.10', '192.0.2.20');
  list.addRange('::ffff:198.51.100.1', '::ffff:198.51.100.5', 'ipv6');
  list.addRange('2001:db8::1', '2001:db8::ff', 'ipv6');
  list.addRange('192.0.2.30', '192.0.2.30');
  assert.deepStrictEqual(sorted(list.rules), [
    'Range: IPv4 192.0.2.10-192.0.2.20',
    'Range: IPv4 192.0.2.30-192.0.2.30',
    'Range: IPv6 2001:db8::1-2001:db8::ff',
    'Range: IPv6 ::ffff:198.51.100.1-::ffff:198.51.100.5',
  ]);
  for (const [address, family, expected] of [
    ['192.0.2.10', 'ipv4', true], ['192.0.2.20', 'ipv4', true], ['192.0.2.21', 'ipv4', false],
    ['192.0.2.9', 'ipv4', false], ['192.0.2.30', 'ipv4', true],
    ['::ffff:192.0.2.15', 'ipv6', true], ['198.51.100.3', 'ipv4', true], ['198.51.100.6', 'ipv4', false],
    ['2001:db8::80', 'ipv6', true], ['2001:db8::100', 'ipv6', false],
  ]) {
    assert.strictEqual(list.check(address, family), expected, `${address}`);
  }
  const wide = new BlockList();
  wide.addRange('::1', '::ffff:10.0.0.9', 'ipv6');
  assert.strictEqual(wide.check('::ffff:10.0.0.1', 'ipv6'), true);
  assert.strictEqual(wide.check('::5', 'ipv6'), true);
  assert.strictEqual(wide.check('10.0.0.1'), false);   // ::1 is no IPv4 address
  assert.throws(() => list.addRange('192.0.2.20', '192.0.2.10'), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: "The argument 'start' must come before end. Received SocketAddress " +
      "{ address: '192.0.2.20', port: 0, family: 'ipv4', flowlabel: 0 }",
  });
}

// Subnets across families: an IPv4 address is its mapped IPv6 form against an IPv6 network.
{
  const check = (network, prefix, family, address, addressFamily) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, family);
    return list.check(address, addressFamily);
  };
  assert.strictEqual(check('::ffff:10.1.0.0', 112, 'ipv6', '10.1.200.3'), true);
  assert.strictEqual(check('::ffff:10.1.0.0', 112, 'ipv6', '10.2.0.3'), false);
  assert.strictEqual(check('::ffff:0:0', 96, 'ipv6', '8.8.8.8'), true);
  assert.strictEqual(check('::', 64, 'ipv6', '8.8.8.8'), true);
  assert.strictEqual(check('::', 0, 'ipv6', '2001:db8::1', 'ipv6'), true);
  assert.strictEqual(check('0.0.0.0', 0, 'ipv4', '::ffff:1.2.3.4', 'ipv6'), true);
  assert.strictEqual(check('0.0.0.0', 0, 'ipv4', '::1', 'ipv6'), false);
  assert.strictEqual(check('10.1.0.0', 16, 'ipv4', '::ffff:10.1.9.9', 'ipv6'), true);
  assert.strictEqual(check('10.1.0.0', 16, 'ipv4', '::10.1.9.9', 'ipv6'), false);
  assert.strictEqual(check('fe80::', 10, 'ipv6', 'febf::1%lo', 'ipv6'), true);
}

// Argument errors.
{
  const list = new BlockList();
  const typeError = (name, received) => ({
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "${name}" argument must be of type string. Received ${received}`,
  });
  assert.throws(() => list.addAddress(1), typeError('address', 'type number (1)'));
  assert.throws(() => list.addAddress('1.2.3.4', 4), typeError('family', 'type number (4)'));
  assert.throws(() => list.addRange(1, '1.2.3.4'), typeError('start', 'type number (1)'));
  assert.throws(() => list.addRange('1.2.3.4', null), typeError('end', 'null'));
  assert.throws(() => list.addSubnet(undefined, 8), typeError('network', 'undefined'));
  assert.throws(() => list.check(), typeError('address', 'undefined'));
  assert.throws(() => list.check('1.2.3.4', {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "family" argument must be of type string. Received an instance of Object',
  });
  assert.throws(() => list.addAddress('1.2.3.4', 'ipv7'), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: "The property 'options.family' is invalid. Received 'ipv7'",
  });
  for (const bad of [['300.1.1.1'], ['01.2.3.4'], ['::1'], ['1.2.3.4', 'ipv6'], ['1::2::3', 'ipv6']]) {
    assert.throws(() => list.addAddress(...bad),
                  { code: 'ERR_INVALID_ADDRESS', name: 'Error', message: 'Invalid socket address' });
  }
  assert.throws(() => list.addSubnet('10.0.0.0', 33), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "prefix" is out of range. It must be >= 0 && <= 32. Received 33',
  });
  assert.throws(() => list.addSubnet(new SocketAddress({ family: 'ipv6' }), 129), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "prefix" is out of range. It must be >= 0 && <= 128. Received 129',
  });
  assert.throws(() => list.addSubnet('10.0.0.0', 8.5), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "prefix" is out of range. It must be an integer. Received 8.5',
  });
  assert.throws(() => list.addSubnet('10.0.0.0', '8'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "prefix" argument must be of type number. Received type string (\'8\')',
  });
  assert.deepStrictEqual(list.rules, []);
}

// fromJSON reads back rules' strings (an array or its JSON text), adding them in array order.
{
  const source = new BlockList();
  source.addSubnet('10.0.0.0', 8);
  source.addSubnet('2001:db8::', 48, 'ipv6');
  const copy = new BlockList();
  copy.fromJSON(source.toJSON());
  assert.deepStrictEqual(copy.rules, ['Subnet: IPv6 2001:db8::/48', 'Subnet: IPv4 10.0.0.0/8'].reverse());
  const fromText = new BlockList();
  fromText.fromJSON(JSON.stringify([
    'Address: IPv4 192.0.2.1', 'Range: IPv4 192.0.2.5-192.0.2.9', 'Address: IPv6 2001:db8::1',
    'Range: IPv6 2001:db8::10-2001:db8::20', 'Subnet: IPv4 198.51.100.0/24',
  ]));
  assert.deepStrictEqual(sorted(fromText.rules), [
    'Address: IPv4 192.0.2.1', 'Address: IPv6 2001:db8::1', 'Range: IPv4 192.0.2.5-192.0.2.9',
    'Range: IPv6 2001:db8::10-2001:db8::20', 'Subnet: IPv4 198.51.100.0/24',
  ]);
  assert.strictEqual(fromText.check('192.0.2.7'), true);
  assert.strictEqual(fromText.check('2001:db8::15', 'ipv6'), true);
  assert.strictEqual(fromText.check('198.51.100.200'), true);
  assert.strictEqual(fromText.fromJSON([]), undefined);

  // Lines that fit no rule pattern are skipped; a pattern may sit anywhere in the line.
  const loose = new BlockList();
  loose.fromJSON(['nothing here', 'address: ipv4 1.1.1.1', 'rule Address: IPv4 192.0.2.3 (old)']);
  assert.deepStrictEqual(loose.rules, ['Address: IPv4 192.0.2.3']);

  const dataError = (received) => ({
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "data" argument must be of type string or string[]. Received ${received}`,
  });
  assert.throws(() => loose.fromJSON(), dataError('undefined'));
  assert.throws(() => loose.fromJSON({}), dataError('an instance of Object'));
  assert.throws(() => loose.fromJSON(['Address: IPv4 1.1.1.1', 2]), dataError('an instance of Array'));
  assert.throws(() => loose.fromJSON('{"a":1}'), dataError('an instance of Object'));
  assert.throws(() => loose.fromJSON('"Address: IPv4 1.1.1.1"'),
                dataError("type string ('Address: IPv4 1.1.1.1')"));
  assert.throws(() => loose.fromJSON('not json'), SyntaxError);
  assert.throws(() => loose.fromJSON(['Subnet: IPv4 10.0.0.0/40']), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => loose.fromJSON(['Range: IPv4 10.0.0.9-10.0.0.1']), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.deepStrictEqual(loose.rules, ['Address: IPv4 192.0.2.3']);
}

// isBlockList, the class's shape and util.inspect.
{
  const list = new BlockList();
  assert.strictEqual(BlockList.isBlockList(list), true);
  for (const value of [{}, null, undefined, 1, [], new SocketAddress()]) {
    assert.strictEqual(BlockList.isBlockList(value), false);
  }
  assert.throws(() => BlockList(), TypeError);
  assert.strictEqual(typeof Object.getOwnPropertyDescriptor(BlockList.prototype, 'rules').get, 'function');
  assert.deepStrictEqual(
    [BlockList.prototype.addAddress.length, BlockList.prototype.addRange.length,
     BlockList.prototype.addSubnet.length, BlockList.prototype.check.length],
    [1, 2, 2, 1]);
  assert.strictEqual(util.inspect(list), 'BlockList { rules: [] }');
  list.addAddress('192.0.2.1');
  assert.strictEqual(util.inspect(list), "BlockList { rules: [ 'Address: IPv4 192.0.2.1' ] }");
  assert.strictEqual(util.inspect(list, { depth: 0 }), 'BlockList [Object]');
  assert.strictEqual(util.inspect({ a: { b: { list } } }), '{ a: { b: { list: [BlockList] } } }');
  assert.strictEqual(util.inspect({ a: list }, { depth: 1 }),
                     "{ a: BlockList { rules: [Array] } }");
}

setTimeout(common.mustCall(), 1);
