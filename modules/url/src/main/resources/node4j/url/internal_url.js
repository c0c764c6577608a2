'use strict';
// The WHATWG URL and URLSearchParams classes. Parsing and the setters run in Java (UrlBinding);
// a URL keeps the components Java returns, a URLSearchParams keeps its list of [name, value].
const binding = internalBinding('url');
const { codes, decorate } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS } = codes;
const { validateFunction } = require('internal/validators');

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kContext = Symbol('context');
const kList = Symbol('query');
const kOwner = Symbol('context');

// UrlBinding returns a URL as 14 offsets into its href (UrlRecord.encoded), each two chars,
// followed by the href unless that is the input itself (a string crossing from Java costs per
// char): one string crosses per parse, often a short one, and the getters slice the href.
const HEADER = 28;
const PROTOCOL_END = 0, USERNAME_START = 1, USERNAME_END = 2, PASSWORD_START = 3, PASSWORD_END = 4,
  HOST_START = 5, HOSTNAME_END = 6, HOST_END = 7, PATHNAME_START = 8, PATHNAME_END = 9, SEARCH_START = 10,
  SEARCH_END = 11, HASH_START = 12, HASH_END = 13;

function offset(o, i) {
  return (o.charCodeAt(2 * i) << 16) | o.charCodeAt(2 * i + 1);
}

function typeError(code, message) {
  const err = new TypeError(message);
  decorate(err, code);
  return err;
}

function toUSV(v) {
  return `${v}`.toWellFormed();
}

// Node raises this one from C++: a plain TypeError whose code is an own property.
function invalidUrl(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

class URL {
  #o;             // the offsets from Java (see HEADER)
  #href;
  #searchParams;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSV(input);
    if (base !== undefined) base = toUSV(base);
    const o = binding.parse(input, base === undefined ? null : base);
    if (o == null) throw invalidUrl(input, base);
    this.#update(o, input);
  }

  static #check(self) {
    if (self == null || !(#o in self)) throw new ERR_INVALID_THIS('URL');
  }

  /** Takes Java's answer for `input` (see HEADER). */
  #update(o, input) {
    this.#o = o;
    this.#href = o.length === HEADER ? input : o.slice(HEADER);
  }

  #part(start, end) {
    const o = this.#o;
    return this.#href.slice(offset(o, start), offset(o, end));
  }

  #set(name, value) {
    this.#update(binding.set(this.#href, name, toUSV(value)));
    if (name === 'href' || name === 'search') this.#syncParams();
  }

  #syncParams() {
    if (this.#searchParams) this.#searchParams[kList] = parseForm(this.#part(SEARCH_START, SEARCH_END).slice(1));
  }

  /** Called by the URL's own URLSearchParams after it changed. */
  static updateQuery(url, serialized) {
    url.#update(binding.set(url.#href, 'query', serialized));
  }

  get href() { URL.#check(this); return this.#href; }
  set href(value) {
    URL.#check(this);
    value = toUSV(value);
    const o = binding.parse(value, null);
    if (o == null) throw invalidUrl(value);
    this.#update(o, value);
    this.#syncParams();
  }
  get origin() {
    URL.#check(this);
    const protocol = this.protocol;
    switch (protocol) {
      case 'http:': case 'https:': case 'ws:': case 'wss:': case 'ftp:':
        return `${protocol}//${this.host}`;
      case 'blob:':
        return binding.blobOrigin(this.#href);
      default:
        return 'null';
    }
  }
  get protocol() { URL.#check(this); return this.#href.slice(0, offset(this.#o, PROTOCOL_END)); }
  set protocol(v) { URL.#check(this); this.#set('protocol', v); }
  get username() { URL.#check(this); return this.#part(USERNAME_START, USERNAME_END); }
  set username(v) { URL.#check(this); this.#set('username', v); }
  get password() { URL.#check(this); return this.#part(PASSWORD_START, PASSWORD_END); }
  set password(v) { URL.#check(this); this.#set('password', v); }
  get host() { URL.#check(this); return this.#part(HOST_START, HOST_END); }
  set host(v) { URL.#check(this); this.#set('host', v); }
  get hostname() { URL.#check(this); return this.#part(HOST_START, HOSTNAME_END); }
  set hostname(v) { URL.#check(this); this.#set('hostname', v); }
  get port() {
    URL.#check(this);
    const o = this.#o;
    const end = offset(o, HOST_END);
    const start = offset(o, HOSTNAME_END) + 1;   // after the ':'
    return start < end ? this.#href.slice(start, end) : '';
  }
  set port(v) { URL.#check(this); this.#set('port', v); }
  get pathname() { URL.#check(this); return this.#part(PATHNAME_START, PATHNAME_END); }
  set pathname(v) { URL.#check(this); this.#set('pathname', v); }
  get search() { URL.#check(this); return this.#part(SEARCH_START, SEARCH_END); }
  set search(v) { URL.#check(this); this.#set('search', v); }
  get searchParams() {
    URL.#check(this);
    if (this.#searchParams === undefined) {
      const params = new URLSearchParams();
      params[kList] = parseForm(this.#part(SEARCH_START, SEARCH_END).slice(1));
      params[kOwner] = this;
      this.#searchParams = params;
    }
    return this.#searchParams;
  }
  get hash() { URL.#check(this); return this.#part(HASH_START, HASH_END); }
  set hash(v) { URL.#check(this); this.#set('hash', v); }

  toString() { URL.#check(this); return this.#href; }
  toJSON() { URL.#check(this); return this.#href; }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSV(input);
    if (base !== undefined) base = toUSV(base);
    return binding.canParse(input, base === undefined ? null : base);
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSV(input);
    if (base !== undefined) base = toUSV(base);
    if (!binding.canParse(input, base === undefined ? null : base)) return null;
    return new URL(input, base);
  }

  static createObjectURL(obj) {
    const { Blob } = require('buffer');
    if (!(obj instanceof Blob)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    const id = require('crypto').randomUUID();
    blobRegistry.set(id, obj);
    return `blob:nodedata:${id}`;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const parsed = URL.parse(`${url}`);
    if (parsed === null || parsed.protocol !== 'blob:') return;
    const path = parsed.pathname;
    if (path.startsWith('nodedata:')) blobRegistry.delete(path.slice(9));
  }

  [inspectSymbol](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href, origin: this.origin, protocol: this.protocol, username: this.username,
      password: this.password, host: this.host, hostname: this.hostname, port: this.port,
      pathname: this.pathname, search: this.search, searchParams: this.searchParams, hash: this.hash,
    };
    inspect ??= require('util').inspect;
    const name = this.constructor === URL || this.constructor == null ? 'URL' : this.constructor.name;
    return `${name} ${inspect(obj, { ...options, depth })}`;
  }
}

for (const name of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toString', 'toJSON']) {
  Object.defineProperty(URL.prototype, name, { enumerable: true });
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
for (const name of ['canParse', 'parse', 'createObjectURL', 'revokeObjectURL']) {
  Object.defineProperty(URL, name, { enumerable: true });
}

// Blobs registered with URL.createObjectURL, per context. buffer.resolveObjectURL reads them here.
const blobRegistry = new Map();

/** The Blob behind a `blob:nodedata:<id>` URL, or undefined. */
function resolveBlobURL(url) {
  const parsed = URL.parse(`${url}`);
  if (parsed === null || parsed.protocol !== 'blob:') return undefined;
  const path = parsed.pathname;
  if (!path.startsWith('nodedata:')) return undefined;
  return blobRegistry.get(path.slice(9));
}

// application/x-www-form-urlencoded parsing. A query without '%' is split here: a call into Java
// and the array it returns cost more than the split itself; percent-decoding stays in Java.
function parseForm(query) {
  if (query.indexOf('%') >= 0) {
    const flat = binding.parseForm(query);
    const list = [];
    for (let i = 0; i < flat.length; i += 2) list.push([flat[i], flat[i + 1]]);
    return list;
  }
  const list = [];
  const plus = query.indexOf('+') >= 0;
  let start = 0;
  while (start <= query.length) {
    let end = query.indexOf('&', start);
    if (end < 0) end = query.length;
    if (end > start) {
      const eq = query.indexOf('=', start);
      let name = eq < 0 || eq > end ? query.slice(start, end) : query.slice(start, eq);
      let value = eq < 0 || eq > end ? '' : query.slice(eq + 1, end);
      if (plus) {
        name = name.replaceAll('+', ' ');
        value = value.replaceAll('+', ' ');
      }
      list.push([name, value]);
    }
    start = end + 1;
  }
  return list;
}

function serializeForm(list) {
  const flat = [];
  for (const [n, v] of list) flat.push(n, v);
  return binding.serializeForm(flat);
}

function isParams(self) {
  return self != null && typeof self === 'object' && Array.isArray(self[kList]) && self instanceof URLSearchParams;
}

class URLSearchParams {
  constructor(init = undefined) {
    this[kList] = [];
    this[kOwner] = null;
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && isParams(init)) {
        this[kList] = init[kList].map((p) => [p[0], p[1]]);
      } else if (method != null) {
        if (typeof method !== 'function') throw typeError('ERR_ARG_NOT_ITERABLE', 'Query pairs must be iterable');
        for (const pair of init) {
          if (pair == null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw typeError('ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          }
          const tuple = [...pair];
          if (tuple.length !== 2) {
            throw typeError('ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          }
          this[kList].push([toUSV(tuple[0]), toUSV(tuple[1])]);
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (typeof key !== 'string' || desc === undefined || !desc.enumerable) continue;
          const name = toUSV(key);
          const value = toUSV(init[key]);
          const existing = this[kList].findIndex((p) => p[0] === name);
          if (existing >= 0) this[kList][existing][1] = value;
          else this[kList].push([name, value]);
        }
      }
    } else {
      let s = toUSV(init);
      if (s[0] === '?') s = s.slice(1);
      this[kList] = parseForm(s);
    }
  }

  #update() {
    const owner = this[kOwner];
    if (owner) URL.updateQuery(owner, serializeForm(this[kList]));
  }

  get size() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return this[kList].length;
  }

  append(name, value) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this[kList].push([toUSV(name), toUSV(value)]);
    this.#update();
  }

  delete(name, value = undefined) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    if (value !== undefined) {
      value = toUSV(value);
      this[kList] = this[kList].filter((p) => !(p[0] === name && p[1] === value));
    } else {
      this[kList] = this[kList].filter((p) => p[0] !== name);
    }
    this.#update();
  }

  get(name) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const list = this[kList];
    for (let i = 0; i < list.length; i++) {
      if (list[i][0] === name) return list[i][1];
    }
    return null;
  }

  getAll(name) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    return this[kList].filter((p) => p[0] === name).map((p) => p[1]);
  }

  has(name, value = undefined) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    if (value !== undefined) {
      value = toUSV(value);
      return this[kList].some((p) => p[0] === name && p[1] === value);
    }
    return this[kList].some((p) => p[0] === name);
  }

  set(name, value) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSV(name);
    value = toUSV(value);
    const list = this[kList];
    const first = list.findIndex((p) => p[0] === name);
    if (first < 0) {
      list.push([name, value]);
    } else {
      list[first][1] = value;
      this[kList] = list.filter((p, i) => i <= first || p[0] !== name);
    }
    this.#update();
  }

  sort() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    // Stable, by UTF-16 code units of the names (Array.prototype.sort is stable).
    this[kList].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.#update();
  }

  forEach(callback, thisArg = undefined) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    validateFunction(callback, 'callback');
    for (let i = 0; i < this[kList].length; i++) {
      const [name, value] = this[kList][i];
      callback.call(thisArg, value, name, this);
    }
  }

  entries() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'key+value');
  }

  keys() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'key');
  }

  values() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'value');
  }

  toString() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return serializeForm(this[kList]);
  }

  [inspectSymbol](depth, options, inspect) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    inspect ??= require('util').inspect;
    const inner = { ...options, depth: depth == null ? null : depth - 1 };
    const items = this[kList].map(([n, v]) => `${inspect(n, inner)} => ${inspect(v, inner)}`);
    const name = this.constructor === URLSearchParams || this.constructor == null ? 'URLSearchParams' : this.constructor.name;
    if (items.length === 0) return `${name} {}`;
    const oneLine = `${name} { ${items.join(', ')} }`;
    if (oneLine.length <= (options?.breakLength ?? 80)) return oneLine;
    return `${name} {\n  ${items.join(',\n  ')} }`;
  }
}
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'size', 'sort', 'entries', 'forEach',
  'keys', 'values', 'toString']) {
  Object.defineProperty(URLSearchParams.prototype, name, { enumerable: true });
}

const kTarget = Symbol('target');
const kKind = Symbol('kind');
const kIndex = Symbol('index');

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const URLSearchParamsIteratorPrototype = Object.create(IteratorPrototype, {
  next: {
    value: function next() {
      if (this == null || this[kTarget] === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      const list = this[kTarget][kList];
      const index = this[kIndex];
      if (index >= list.length) return { value: undefined, done: true };
      this[kIndex] = index + 1;
      const [name, value] = list[index];
      const kind = this[kKind];
      return { value: kind === 'key' ? name : kind === 'value' ? value : [name, value], done: false };
    },
    writable: true, enumerable: true, configurable: true,
  },
  [inspectSymbol]: {
    value: function inspectIterator(depth, options, inspect) {
      inspect ??= require('util').inspect;
      const list = this[kTarget][kList].slice(this[kIndex]);
      const kind = this[kKind];
      const inner = { ...options, depth: depth == null ? null : depth - 1 };
      const items = list.map(([n, v]) => inspect(kind === 'key' ? n : kind === 'value' ? v : [n, v], inner));
      if (items.length === 0) return 'URLSearchParams Iterator {  }';
      return `URLSearchParams Iterator { ${items.join(', ')} }`;
    },
    writable: true, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
});

function createIterator(target, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  it[kTarget] = target;
  it[kKind] = kind;
  it[kIndex] = 0;
  return it;
}

function isURL(self) {
  return self != null && typeof self === 'object' && typeof self.href === 'string' &&
    typeof self.protocol === 'string' && self.auth === undefined && self.path === undefined;
}

module.exports = { URL, URLSearchParams, resolveBlobURL, blobRegistry, isURL, kContext, toUSV };
