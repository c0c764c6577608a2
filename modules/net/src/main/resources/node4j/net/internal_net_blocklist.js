'use strict';
// net.BlockList: address, range and subnet rules over SocketAddress bytes. An IPv4 address and
// an IPv4-mapped IPv6 one (::ffff:a.b.c.d) match each other's rules; any other IPv6 address
// never compares with an IPv4 one, as in Node's native list.
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateInt32, validateString } = require('internal/validators');
const { SocketAddress, kHandle: kAddress } = require('internal/net/socketaddress');

const kHandle = Symbol('kHandle');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function isMapped(bytes) {
  for (let i = 0; i < 10; i++) if (bytes[i] !== 0) return false;
  return bytes[10] === 0xff && bytes[11] === 0xff;
}

function compareBytes(a, aAt, b, bAt, length) {
  for (let i = 0; i < length; i++) {
    const d = a[aAt + i] - b[bAt + i];
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

// -1, 0 or 1; NaN when the two cannot be compared (IPv4 against a not-mapped IPv6).
function compare(a, b) {
  if (a.family === b.family) return compareBytes(a.bytes, 0, b.bytes, 0, a.bytes.length);
  if (a.family === 4) return isMapped(b.bytes) ? compareBytes(a.bytes, 0, b.bytes, 12, 4) : NaN;
  return isMapped(a.bytes) ? compareBytes(a.bytes, 12, b.bytes, 0, 4) : NaN;
}

function samePrefix(a, aAt, b, bAt, bits) {
  const whole = bits >> 3;
  if (compareBytes(a, aAt, b, bAt, whole) !== 0) return false;
  const rest = bits & 7;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return (a[aAt + whole] & mask) === (b[bAt + whole] & mask);
}

function mapped(ipv4Bytes) {
  const bytes = new Uint8Array(16);
  bytes[10] = bytes[11] = 0xff;
  bytes.set(ipv4Bytes, 12);
  return bytes;
}

// An IPv6 network: an IPv4 address is taken in its mapped form (so ::/64 holds every one).
function inIPv6Subnet(address, network, prefix) {
  const bytes = address.family === 6 ? address.bytes : mapped(address.bytes);
  return samePrefix(bytes, 0, network.bytes, 0, prefix);
}

const familyName = (socketAddress) => (socketAddress.family === 'ipv4' ? 'IPv4' : 'IPv6');

/** The rules themselves, kept in the order they were added. */
class RuleList {
  constructor() {
    this.rules = [];
  }

  addAddress(address) {
    const handle = address[kAddress];
    this.rules.push({ text: `Address: ${familyName(address)} ${address.address}`,
      matches: (a) => compare(a, handle) === 0 });
  }

  addRange(start, end) {
    const from = start[kAddress];
    const to = end[kAddress];
    if (compare(from, to) > 0) return false;
    this.rules.push({ text: `Range: ${familyName(start)} ${start.address}-${end.address}`,
      matches: (a) => compare(a, from) >= 0 && compare(a, to) <= 0 });
    return true;
  }

  addSubnet(network, prefix) {
    const handle = network[kAddress];
    const text = `Subnet: ${familyName(network)} ${network.address}/${prefix}`;
    if (handle.family === 4) {
      // One masked comparison; an IPv6 address matches only in its IPv4-mapped form.
      const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
      const bits = (handle.ipv4 & mask) >>> 0;
      this.rules.push({ text, matches: (a) => a.ipv4 !== -1 && ((a.ipv4 & mask) >>> 0) === bits });
    } else {
      this.rules.push({ text, matches: (a) => inIPv6Subnet(a, handle, prefix) });
    }
  }

  check(address) {
    const handle = address[kAddress];
    const rules = this.rules;
    for (let i = 0; i < rules.length; i++) if (rules[i].matches(handle)) return true;
    return false;
  }

  getRules() {
    const texts = [];
    for (let i = this.rules.length - 1; i >= 0; i--) texts.push(this.rules[i].text);
    return texts;
  }
}

function toSocketAddress(value, name, family) {
  if (SocketAddress.isSocketAddress(value)) return value;
  validateString(value, name);
  validateString(family, 'family');
  return new SocketAddress({ address: value, family });
}

const QUAD = '(\\d{1,3}(?:\\.\\d{1,3}){3})';
const HEXES = '([0-9a-fA-F:]{1,39})';
const V4_SUBNET = new RegExp(`Subnet: IPv4 ${QUAD}/(\\d{1,2})`);
const V4_ADDRESS = new RegExp(`Address: IPv4 ${QUAD}`);
const V4_RANGE = new RegExp(`Range: IPv4 ${QUAD}-${QUAD}`);
const V6_SUBNET = new RegExp(`Subnet: IPv6 ${HEXES}/([0-9]{1,3})`, 'i');
const V6_ADDRESS = new RegExp(`Address: IPv6 ${HEXES}`, 'i');
const V6_RANGE = new RegExp(`Range: IPv6 ${HEXES}-${HEXES}`, 'i');

function invalidData(data) {
  return new ERR_INVALID_ARG_TYPE('data', ['string', 'string[]'], data);
}

class BlockList {
  constructor() {
    this[kHandle] = new RuleList();
  }

  static isBlockList(value) {
    return value?.[kHandle] !== undefined;
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BlockList ${inspect({ rules: this.rules }, opts)}`;
  }

  addAddress(address, family = 'ipv4') {
    address = toSocketAddress(address, 'address', family);
    this[kHandle].addAddress(address);
  }

  addRange(start, end, family = 'ipv4') {
    start = toSocketAddress(start, 'start', family);
    end = toSocketAddress(end, 'end', family);
    if (this[kHandle].addRange(start, end) === false) {
      throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
    }
  }

  addSubnet(network, prefix, family = 'ipv4') {
    network = toSocketAddress(network, 'network', family);
    validateInt32(prefix, 'prefix', 0, network.family === 'ipv4' ? 32 : 128);
    this[kHandle].addSubnet(network, prefix);
  }

  check(address, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(address)) {
      validateString(address, 'address');
      validateString(family, 'family');
      try {
        address = new SocketAddress({ address, family });
      } catch {
        return false;   // not an address of that family: nothing to block
      }
    }
    return this[kHandle].check(address);
  }

  toJSON() {
    return this.rules;
  }

  // Reads back what rules/toJSON give: an array of those strings or its JSON text.
  fromJSON(data) {
    if (typeof data === 'string') {
      data = JSON.parse(data);
      if (!Array.isArray(data)) throw invalidData(data);
    } else if (!Array.isArray(data)) {
      throw invalidData(data);
    }
    for (let i = 0; i < data.length; i++) {
      if (typeof data[i] !== 'string') throw invalidData(data);
    }
    for (let i = 0; i < data.length; i++) this.#addRuleText(data[i]);
  }

  // Node's reading: the first pattern found anywhere in the line wins, and a line that names
  // neither IPv4 nor IPv6 (case-sensitively) is skipped.
  #addRuleText(item) {
    let m;
    if (item.includes('IPv4')) {
      if ((m = V4_SUBNET.exec(item))) return this.addSubnet(m[1], parseInt(m[2], 10));
      if ((m = V4_ADDRESS.exec(item))) return this.addAddress(m[1]);
      if ((m = V4_RANGE.exec(item))) return this.addRange(m[1], m[2]);
    }
    if (item.includes('IPv6')) {
      if ((m = V6_SUBNET.exec(item))) return this.addSubnet(m[1], parseInt(m[2], 10), 'ipv6');
      if ((m = V6_ADDRESS.exec(item))) return this.addAddress(m[1], 'ipv6');
      if ((m = V6_RANGE.exec(item))) return this.addRange(m[1], m[2], 'ipv6');
    }
  }

  get rules() {
    return this[kHandle].getRules();
  }
}

module.exports = { BlockList };
