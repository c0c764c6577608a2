'use strict';
// The argument forms connect() and listen() accept, normalized as Node does:
// (options[, cb]), (path[, cb]) and (port[, host][, cb]).
const normalizedArgsSymbol = Symbol('normalizedArgs');

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

// A string that is not a port number names a Unix domain socket.
function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

/** [options, callback or null], marked so that connect() does not normalize it twice. */
function normalizeArgs(args) {
  let options = {};
  if (args.length > 0) {
    const first = args[0];
    if (typeof first === 'object' && first !== null) {
      options = first;
    } else if (isPipeName(first)) {
      options.path = first;
    } else {
      options.port = first;
      if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
    }
  }
  const cb = args.length > 0 ? args[args.length - 1] : undefined;
  const result = [options, typeof cb === 'function' ? cb : null];
  result[normalizedArgsSymbol] = true;
  return result;
}

module.exports = { normalizeArgs, normalizedArgsSymbol, isPipeName, toNumber };
