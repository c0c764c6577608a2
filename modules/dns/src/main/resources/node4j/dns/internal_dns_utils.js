'use strict';
// What dns and dns/promises share: lookup's option parsing, Node's DNS errors, the result
// order, and the Resolver's settings (servers, local address, timeouts).

const binding = internalBinding('dns');
const { isIP } = require('internal/net/ip');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_NOT_IMPLEMENTED }, decorate } =
  require('internal/errors');
const {
  validateArray, validateBoolean, validateInt32, validateNumber, validateOneOf, validatePort, validateString,
  validateUint32,
} = require('internal/validators');

// getaddrinfo's flags on Linux.
const AI_V4MAPPED = 8;
const AI_ALL = 16;
const AI_ADDRCONFIG = 32;

const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

// libuv's getaddrinfo error numbers and their names; "no such name" and "no data" are ENOTFOUND.
const uvCodes = { [-3001]: 'EAI_AGAIN', [-3004]: 'EAI_FAIL', [-3006]: 'EAI_MEMORY', [-22]: 'EINVAL' };
const UV_EAI_NODATA = -3007;
const UV_EAI_NONAME = -3008;

/** Node's DNS error: `${syscall} ${code} ${hostname}`, with errno, code, syscall, hostname. */
function dnsException(errno, syscall, hostname) {
  const code = errno === UV_EAI_NODATA || errno === UV_EAI_NONAME ? 'ENOTFOUND' : uvCodes[errno];
  const err = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  return err;
}

// ---- result order -----------------------------------------------------------------------

const orders = ['verbatim', 'ipv4first', 'ipv6first'];
let defaultOrder = 'verbatim';

function getDefaultResultOrder() {
  return defaultOrder;
}

function setDefaultResultOrder(dnsOrder) {
  validateOneOf(dnsOrder, 'dnsOrder', orders);
  defaultOrder = dnsOrder;
}

// ---- lookup -----------------------------------------------------------------------------

const validFamilies = [0, 4, 6];

/**
 * lookup's second argument (a family, an options object or undefined), validated as Node does;
 * the callback form alone takes the family as 'IPv4'/'IPv6' too.
 */
function lookupOptions(options, namedFamilies) {
  const o = { family: 0, hints: 0, all: false, order: defaultOrder };
  if (typeof options === 'number') {
    validateOneOf(options, 'family', validFamilies);
    o.family = options;
    return o;
  }
  if (options !== undefined && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  }
  if (options?.hints != null) {
    validateNumber(options.hints, 'options.hints');
    o.hints = options.hints >>> 0;
    if ((o.hints & ~(AI_ADDRCONFIG | AI_ALL | AI_V4MAPPED)) !== 0) {
      throw new ERR_INVALID_ARG_VALUE('hints', o.hints);
    }
  }
  if (options?.family != null) {
    if (namedFamilies && options.family === 'IPv4') o.family = 4;
    else if (namedFamilies && options.family === 'IPv6') o.family = 6;
    else {
      validateOneOf(options.family, 'options.family', validFamilies);
      o.family = options.family;
    }
  }
  if (options?.all != null) {
    validateBoolean(options.all, 'options.all');
    o.all = options.all;
  }
  if (options?.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    o.order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options?.order != null) {
    validateOneOf(options.order, 'options.order', orders);
    o.order = options.order;
  }
  return o;
}

function emptyHostname(hostname) {
  return new ERR_INVALID_ARG_VALUE('hostname', hostname, 'must be a non-empty string');
}

/**
 * Starts getaddrinfo for a non-literal name; done(err, addresses) gets an array of
 * { address, family } (the family asked for, else each address's own).
 */
function getaddrinfo(hostname, o, done) {
  binding.getaddrinfo(hostname, o.family, o.hints, orders.indexOf(o.order), (errno, list) => {
    if (errno !== 0) {
      done(dnsException(errno, 'getaddrinfo', hostname));
      return;
    }
    const out = [];
    for (let i = 0; i < list.length; i++) {
      const address = String(list[i]);
      out.push({ address, family: o.family || (address.includes(':') ? 6 : 4) });
    }
    done(null, out);
  });
}

// ---- lookupService ----------------------------------------------------------------------

function validateServiceArgs(address, port) {
  if (typeof address !== 'string' || isIP(address) === 0) {
    throw new ERR_INVALID_ARG_VALUE('address', address);
  }
  validatePort(port);
}

/** done(err, hostname, service) once getnameinfo answers; the error names `hostname` if given. */
function getnameinfo(address, port, errorHost, done) {
  binding.getnameinfo(address, +port, (errno, names) => {
    if (errno !== 0) done(dnsException(errno, 'getnameinfo', errorHost));
    else done(null, String(names[0]), String(names[1]));
  });
}

// ---- Resolver ---------------------------------------------------------------------------

const IANA_DNS_PORT = 53;
const bracketed = /^\[([^[\]]*)\]/;
const addrSplit = /(^.+?)(?::(\d+))?$/;

function canonical(address, family) {
  return family === 6 ? binding.canonicalIPv6(address) : address;
}

/** The resolver's state; opaque to programs, as Node's ChannelWrap is. */
class ChannelWrap {
  #servers;
  constructor() {
    const system = binding.systemServers();
    const list = [];
    for (let i = 0; i < system.length; i++) {
      const s = String(system[i]);
      const family = isIP(s);
      if (family !== 0) list.push([canonical(s, family), IANA_DNS_PORT]);
    }
    this.setServers(list);
  }
  getServers() {
    return this.#servers.map((s) => [...s]);
  }
  /** [address, port] pairs; a server listed twice counts once, as in c-ares. */
  setServers(list) {
    const seen = new Set();
    this.#servers = [];
    for (const [address, port] of list) {
      const key = `${address} ${port}`;
      if (seen.has(key)) continue;
      seen.add(key);
      this.#servers.push([address, port]);
    }
  }
}

function invalidIp(message) {
  return decorate(new TypeError(message), 'ERR_INVALID_ARG_VALUE');
}

class ResolverBase {
  constructor(options = undefined) {
    const { timeout = -1, tries = 4, maxTimeout = 0 } = { ...options };
    validateInt32(timeout, 'options.timeout', -1);
    validateInt32(tries, 'options.tries', 1);
    validateUint32(maxTimeout, 'options.maxTimeout');
    // The timeouts would matter to queries only, which are not implemented.
    this._handle = new ChannelWrap();
  }

  /** No query is ever in flight (queries are not implemented), so there is nothing to cancel. */
  cancel() {}

  getServers() {
    return this._handle.getServers().map(([address, port]) => {
      if (!port || port === IANA_DNS_PORT) return address;
      return `${isIP(address) === 6 ? `[${address}]` : address}:${port}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const list = servers.map((serv, index) => {
      validateString(serv, `servers[${index}]`);
      let family = isIP(serv);
      if (family !== 0) return [canonical(serv, family), IANA_DNS_PORT];
      const match = bracketed.exec(serv);
      if (match) {
        family = isIP(match[1]);
        if (family !== 0) {
          const port = Number.parseInt(serv.replace(addrSplit, '$2')) || IANA_DNS_PORT;
          return [canonical(match[1], family), (port | 0) & 0xffff];
        }
      }
      const split = addrSplit.exec(serv);
      if (split) {
        family = isIP(split[1]);
        if (family !== 0) {
          return [canonical(split[1], family), (Number.parseInt(split[2] || IANA_DNS_PORT) | 0) & 0xffff];
        }
      }
      throw decorate(new TypeError(`Invalid IP address: ${serv}`), 'ERR_INVALID_IP_ADDRESS');
    });
    this._handle.setServers(list);
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    const first = isIP(ipv4);
    if (first === 0) throw invalidIp('Invalid IP address.');
    if (ipv6 === undefined) return;
    const second = isIP(ipv6);
    if (second === 0) throw invalidIp('Invalid IP address.');
    if (second === first) throw invalidIp(`Cannot specify two IPv${first} addresses.`);
  }
}

// ---- queries (resolve*, reverse) --------------------------------------------------------

// [method, binding name as Node names the function, record type for resolve()]
const queries = [
  ['resolveAny', 'queryAny', 'ANY'], ['resolve4', 'queryA', 'A'], ['resolve6', 'queryAaaa', 'AAAA'],
  ['resolveCaa', 'queryCaa', 'CAA'], ['resolveCname', 'queryCname', 'CNAME'], ['resolveMx', 'queryMx', 'MX'],
  ['resolveNs', 'queryNs', 'NS'], ['resolveTlsa', 'queryTlsa', 'TLSA'], ['resolveTxt', 'queryTxt', 'TXT'],
  ['resolveSrv', 'querySrv', 'SRV'], ['resolvePtr', 'queryPtr', 'PTR'], ['resolveNaptr', 'queryNaptr', 'NAPTR'],
  ['resolveSoa', 'querySoa', 'SOA'], ['reverse', 'getHostByAddr', null],
];

/** DNS queries need a DNS client over UDP, which node4j does not have yet: they fail loudly. */
function queryNotImplemented(method) {
  return new ERR_NOT_IMPLEMENTED(`dns.${method}() (DNS queries over UDP)`);
}

/** Checks a query's name as Node does before it would send anything. */
function validateQueryName(method, name) {
  validateString(name, 'name');
  if (method === 'reverse' && isIP(name) === 0) throw dnsException(-22, 'getHostByAddr', name);
}

const resolverKeys = [
  'getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
  'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTlsa',
  'resolveTxt', 'reverse',
];

let defaultResolver;

function getDefaultResolver() {
  return (defaultResolver ??= new ResolverBase());
}

function setDefaultResolver(resolver) {
  defaultResolver = resolver;
}

/** Puts the default resolver's methods, bound to it, on a module's exports (as Node does). */
function bindDefaultResolver(target, source) {
  const resolver = getDefaultResolver();
  for (const key of resolverKeys) target[key] = source[key].bind(resolver);
}

module.exports = {
  AI_ADDRCONFIG, AI_ALL, AI_V4MAPPED, errorCodes, isIP, dnsException, emptyHostname,
  getDefaultResultOrder, setDefaultResultOrder, lookupOptions, getaddrinfo,
  validateServiceArgs, getnameinfo, ResolverBase, queries, queryNotImplemented, validateQueryName,
  getDefaultResolver, setDefaultResolver, bindDefaultResolver,
};
