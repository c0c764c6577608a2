'use strict';
// Node's dns/promises: lookup and lookupService as promises, Resolver settings; DNS queries
// reject as not implemented.

const u = require('internal/dns_utils');
const { codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } } = require('internal/errors');
const { validateString } = require('internal/validators');

function lookup(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  const o = u.lookupOptions(options);
  return new Promise((resolve, reject) => {
    if (!hostname) {
      reject(u.emptyHostname(hostname));
      return;
    }
    const literal = u.isIP(hostname);
    if (literal) {
      const found = { address: hostname, family: literal };
      resolve(o.all ? [found] : found);
      return;
    }
    u.getaddrinfo(hostname, o, (err, addresses) => {
      if (err) reject(err);
      else resolve(o.all ? addresses : addresses[0]);
    });
  });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  u.validateServiceArgs(address, port);
  return new Promise((resolve, reject) => {
    u.getnameinfo(address, port, undefined, (err, hostname, service) => {
      if (err) reject(err);
      else resolve({ hostname, service });
    });
  });
}

class Resolver extends u.ResolverBase {}

const resolveMap = { __proto__: null };
for (const [method, bindingName, rrtype] of u.queries) {
  const query = function(name, options) {   // (name, options): options.ttl matters to queries only
    validateString(name, 'name');
    return new Promise(() => {
      u.validateQueryName(method, name);
      throw u.queryNotImplemented(method);
    });
  };
  Object.defineProperty(query, 'name', { value: bindingName });
  Resolver.prototype[method] = query;
  if (rrtype) resolveMap[rrtype] = query;
}

Resolver.prototype.resolve = function resolve(hostname, rrtype) {
  let query;
  if (rrtype !== undefined) {
    validateString(rrtype, 'rrtype');
    query = resolveMap[rrtype];
    if (typeof query !== 'function') throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  } else {
    query = resolveMap.A;
  }
  return query.call(this, hostname);
};

function defaultResolverSetServers(servers) {
  const resolver = new Resolver();
  resolver.setServers(servers);
  u.setDefaultResolver(resolver);
  u.bindDefaultResolver(module.exports, Resolver.prototype);
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: u.getDefaultResultOrder,
  setDefaultResultOrder: u.setDefaultResultOrder,
  setServers: defaultResolverSetServers,
  ...u.errorCodes,
};

u.bindDefaultResolver(module.exports, Resolver.prototype);
