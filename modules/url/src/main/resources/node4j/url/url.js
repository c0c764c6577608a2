'use strict';
// url: the WHATWG URL classes, file URL <-> path conversion, and Node's legacy url.parse/format.
const binding = internalBinding('url');
const { URL, URLSearchParams, isURL } = require('internal/url');
const legacy = require('internal/url/legacy');
const { codes } = require('internal/errors');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_URL_SCHEME, ERR_INVALID_FILE_URL_HOST,
  ERR_INVALID_FILE_URL_PATH, ERR_MISSING_ARGS,
} = codes;

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(`${domain}`);
}

function toFileUrl(path) {
  if (typeof path === 'string') return new URL(path);
  if (path == null || !isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  return path;
}

function isWindows(options) {
  if (options?.windows !== undefined) return !!options.windows;
  return process.platform === 'win32';
}

function fileURLToPath(path, options = undefined) {
  const url = toFileUrl(path);
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return isWindows(options) ? windowsPath(url) : posixPath(url);
}

function posixPath(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  if (/%2f/i.test(pathname)) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  return decodeURIComponent(pathname);
}

function windowsPath(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (/%2f|%5c/i.test(pathname)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
  }
  pathname = decodeURIComponent(pathname.replaceAll('/', '\\'));
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.codePointAt(1) | 0x20;
  if (letter < 0x61 || letter > 0x7a || pathname[2] !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return pathname.slice(1);
}

/** Like fileURLToPath, but the percent-decoded bytes as a Buffer (no UTF-8 decoding). */
function fileURLToPathBuffer(path, options = undefined) {
  const url = toFileUrl(path);
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  const windows = isWindows(options);
  let pathname = url.pathname;
  if (!windows) {
    if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
    if (/%2f/i.test(pathname)) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  } else {
    pathname = windowsPath(url);
    return Buffer.from(pathname);
  }
  const bytes = [];
  for (let i = 0; i < pathname.length; i++) {
    if (pathname[i] === '%' && /^[0-9a-f]{2}$/i.test(pathname.slice(i + 1, i + 3))) {
      bytes.push(parseInt(pathname.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      for (const b of Buffer.from(pathname[i])) bytes.push(b);
    }
  }
  return Buffer.from(bytes);
}

// Characters of a file path that pathToFileURL percent-encodes (as Node 25 does); the URL parser
// encodes controls and non-ASCII itself.
const pathEscapes = new Set([...' "#%<>?[\\]^`{|}~\n\r\t']);

function pathToFileURL(filepath, options = undefined) {
  const windows = isWindows(options);
  const path = require('path');
  if (windows) {
    if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
    if (filepath.startsWith('\\\\')) {
      const url = new URL('file://');
      const parts = filepath.split('\\');
      if (parts.length <= 3) {
        throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
      }
      const hostname = parts[2];
      if (hostname.length === 0) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
      url.hostname = domainToASCII(hostname);
      url.pathname = encodePath(parts.slice(3).join('/'), true);
      return url;
    }
    let resolved = path.win32.resolve(filepath);
    const last = filepath.charCodeAt(filepath.length - 1);
    if ((last === 0x2f || last === 0x5c) && resolved[resolved.length - 1] !== path.win32.sep) resolved += '/';
    return new URL(`file:///${encodePath(resolved.replaceAll('\\', '/'), true)}`);
  }
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  let resolved = path.posix.resolve(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 0x2f && resolved[resolved.length - 1] !== '/') resolved += '/';
  return new URL(`file://${encodePath(resolved, false)}`);
}

function encodePath(p, windows) {
  let out = '';
  for (const ch of p) {
    if (windows && ch === '\\') out += '/';
    else if (pathEscapes.has(ch)) out += `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
    else out += ch;
  }
  return out;
}

/** The options object http.request() takes, from a WHATWG URL. */
function urlToHttpOptions(url) {
  if (url === null || typeof url !== 'object') throw new ERR_INVALID_ARG_TYPE('url', 'object', url);
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

module.exports = {
  Url: legacy.Url,
  parse: legacy.urlParse,
  resolve: legacy.urlResolve,
  resolveObject: legacy.urlResolveObject,
  format: legacy.urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};
