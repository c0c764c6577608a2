'use strict';
// net.SocketAddress: an IP address (parsed and printed as Node's C++ side does), a port and,
// for IPv6, a flow label. kHandle holds what BlockList compares: the family and the bytes.
const { codes: { ERR_INVALID_ADDRESS, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } } = require('internal/errors');
const { validateObject, validateString, validatePort, validateUint32 } = require('internal/validators');
const { parseIPv4, parseIPv6, formatIPv4, formatIPv6 } = require('internal/net/inet');

const kHandle = Symbol('kHandle');
const kDetail = Symbol('kDetail');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

// Node aborts the process on a failed native check for these; node4j throws instead.
function checkFlowLabel(flowlabel, ipv6) {
  const max = ipv6 ? 0xfffff : 0x7fffffff;
  if (flowlabel > max) throw new ERR_OUT_OF_RANGE('options.flowlabel', `>= 0 && <= ${max}`, flowlabel);
}

// The IPv4 address as an unsigned 32-bit number, also for an IPv4-mapped IPv6 one; -1 for any
// other IPv6 address. BlockList's IPv4 subnets compare with it in one step.
function ipv4Value(bytes) {
  let at = 0;
  if (bytes.length === 16) {
    for (let i = 0; i < 10; i++) if (bytes[i] !== 0) return -1;
    if (bytes[10] !== 0xff || bytes[11] !== 0xff) return -1;
    at = 12;
  }
  return ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
}

class SocketAddress {
  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    if (typeof family?.toLowerCase === 'function') family = family.toLowerCase();
    const { address = family === 'ipv4' ? '127.0.0.1' : '::', port = 0, flowlabel = 0 } = options;
    if (family !== 'ipv4' && family !== 'ipv6') throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    validateString(address, 'options.address');
    const portNumber = validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    const ipv6 = family === 'ipv6';
    checkFlowLabel(flowlabel, ipv6);
    const bytes = ipv6 ? parseIPv6(address) : parseIPv4(address);
    if (bytes === null) throw new ERR_INVALID_ADDRESS();
    this[kHandle] = { family: ipv6 ? 6 : 4, bytes, ipv4: ipv4Value(bytes) };
    this[kDetail] = {
      address: ipv6 ? formatIPv6(bytes) : formatIPv4(bytes),
      port: portNumber,
      family,
      flowlabel: ipv6 ? flowlabel : 0,
    };
  }

  static isSocketAddress(value) {
    return value?.[kHandle] !== undefined;
  }

  // "host", "host:port" or "[v6]:port", read as the authority of an http: URL; undefined
  // when that fails or the host is not an IP literal.
  static parse(input) {
    validateString(input, 'input');
    try {
      const { URL } = require('internal/url');
      const { hostname, port } = new URL(`http://${input}`);
      if (hostname.startsWith('[') && hostname.endsWith(']')) {
        return new SocketAddress({ address: hostname.slice(1, -1), port: port | 0, family: 'ipv6' });
      }
      return new SocketAddress({ address: hostname, port: port | 0 });
    } catch {
      return undefined;
    }
  }

  get address() {
    return this[kDetail].address;
  }

  get port() {
    return this[kDetail].port;
  }

  get family() {
    return this[kDetail].family;
  }

  get flowlabel() {
    return this[kDetail].flowlabel;
  }

  toJSON() {
    return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel };
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `SocketAddress ${inspect(this.toJSON(), opts)}`;
  }
}

module.exports = { SocketAddress, kHandle };
