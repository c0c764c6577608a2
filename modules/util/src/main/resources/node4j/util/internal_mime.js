'use strict';
// util.MIMEType and util.MIMEParams. The classes are JS (programs construct them and keep their
// state private); parsing, checking and serialising are the Java MimeSyntax's.
const binding = internalBinding('util');

let paramsData;   // MIMEParams' private map, for MIMEType (which fills and prints it)

class MIMEParams {
  #data = new Map();

  static {
    paramsData = (params) => params.#data;
  }

  delete(name) {
    this.#data.delete(name);
  }

  get(name) {
    const value = this.#data.get(name);
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#data.has(name);
  }

  set(name, value) {
    const data = this.#data;
    name = `${name}`;
    value = `${value}`;
    binding.mimeCheckParameter(name, value);
    data.set(name, value);
  }

  *entries() {
    yield* this.#data.entries();
  }

  *keys() {
    yield* this.#data.keys();
  }

  *values() {
    yield* this.#data.values();
  }

  toString() {
    return serialize(this.#data);
  }
}

function serialize(data) {
  if (data.size === 0) return '';
  const flat = [];
  for (const [name, value] of data) flat.push(name, value);
  return binding.mimeSerialize(flat);
}

for (const [key, value] of [[Symbol.iterator, MIMEParams.prototype.entries], ['toJSON', MIMEParams.prototype.toString]]) {
  Object.defineProperty(MIMEParams.prototype, key, { __proto__: null, value, writable: true, configurable: true });
}

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(string) {
    const parts = binding.mimeParse(`${string}`);
    this.#type = parts[0];
    this.#subtype = parts[1];
    this.#params = new MIMEParams();
    const data = paramsData(this.#params);
    for (let i = 2; i < parts.length; i += 2) data.set(parts[i], parts[i + 1]);
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    this.#type = binding.mimeToken('type', `${value}`);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    this.#subtype = binding.mimeToken('subtype', `${value}`);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = serialize(paramsData(this.#params));
    return params === '' ? `${this.#type}/${this.#subtype}` : `${this.#type}/${this.#subtype};${params}`;
  }
}

Object.defineProperty(MIMEType.prototype, 'toJSON', { __proto__: null,
  value: MIMEType.prototype.toString, writable: true, configurable: true });

module.exports = { MIMEParams, MIMEType };
