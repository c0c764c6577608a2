'use strict';
// Node's dns, callback API: lookup and lookupService through the system resolver (getaddrinfo
// and getnameinfo, as Node uses them), Resolver settings; DNS queries are not implemented.

const u = require('internal/dns_utils');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } } = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const { nextTick } = require('internal/core');

class GetAddrInfoReqWrap {}
class GetNameInfoReqWrap {}

function onlookup(err, addresses) {
  if (err) this.callback(err);
  else this.callback(null, addresses[0].address, addresses[0].family);
}

function onlookupall(err, addresses) {
  if (err) this.callback(err);
  else this.callback(null, addresses);
}

function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  } else if (options === undefined || typeof options === 'number' || typeof options === 'object') {
    validateFunction(callback, 'callback');
  } else {
    validateFunction(arguments.length === 2 ? options : callback, 'callback');
  }
  const o = u.lookupOptions(options, true);
  if (!hostname) throw u.emptyHostname(hostname);
  const literal = u.isIP(hostname);
  if (literal) {
    if (o.all) nextTick(callback, null, [{ address: hostname, family: literal }]);
    else nextTick(callback, null, hostname, literal);
    return {};
  }
  const req = new GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = o.family;
  req.hostname = hostname;
  req.oncomplete = o.all ? onlookupall : onlookup;
  u.getaddrinfo(hostname, o, (err, addresses) => req.oncomplete(err, addresses));
  return req;
}

function onlookupservice(err, hostname, service) {
  if (err) this.callback(err);
  else this.callback(null, hostname, service);
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  u.validateServiceArgs(address, port);
  validateFunction(callback, 'callback');
  const req = new GetNameInfoReqWrap();
  req.callback = callback;
  req.hostname = address;
  req.port = +port;
  req.oncomplete = onlookupservice;
  u.getnameinfo(address, port, address, (err, hostname, service) => req.oncomplete(err, hostname, service));
  return req;
}

class Resolver extends u.ResolverBase {}

const resolveMap = { __proto__: null };
for (const [method, bindingName, rrtype] of u.queries) {
  const query = function(name, callback) {
    if (arguments.length > 2) callback = arguments[2];   // (name, options, callback)
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    u.validateQueryName(method, name);
    throw u.queryNotImplemented(method);
  };
  Object.defineProperty(query, 'name', { value: bindingName });
  Resolver.prototype[method] = query;
  if (rrtype) resolveMap[rrtype] = query;
}

Resolver.prototype.resolve = function resolve(hostname, rrtype, callback) {
  let query;
  if (typeof rrtype === 'string') {
    query = resolveMap[rrtype];
  } else if (typeof rrtype === 'function') {
    query = resolveMap.A;
    callback = rrtype;
  } else {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  if (typeof query === 'function') return query.call(this, hostname, callback);
  throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
};

let promises = null;   // dns/promises once reached through dns.promises, as Node tracks it

function defaultResolverSetServers(servers) {
  const resolver = new Resolver();
  resolver.setServers(servers);
  u.setDefaultResolver(resolver);
  u.bindDefaultResolver(module.exports, Resolver.prototype);
  if (promises !== null) u.bindDefaultResolver(promises, promises.Resolver.prototype);
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: u.getDefaultResultOrder,
  setDefaultResultOrder: u.setDefaultResultOrder,
  setServers: defaultResolverSetServers,
  ADDRCONFIG: u.AI_ADDRCONFIG,
  ALL: u.AI_ALL,
  V4MAPPED: u.AI_V4MAPPED,
  ...u.errorCodes,
};

u.bindDefaultResolver(module.exports, Resolver.prototype);

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    if (promises === null) promises = require('dns/promises');
    return promises;
  },
});
