'use strict';
// util.parseArgs: tokenizes argv (long/short options, groups, inline values, `--`), then
// checks the tokens against the declared options and builds { values, positionals, tokens }.
const { decorate, codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateObject, validateArray, validateBoolean, validateString, validateUnion } = require('internal/validators');

const parseError = (code, message) => decorate(new TypeError(message), code);
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
/** A configuration property as Node reads it: inherited properties do not count. */
const own = (o, k) => (hasOwn(o, k) ? o[k] : undefined);
const isOptionLike = (v) => v != null && v.length > 1 && v[0] === '-';

function findLongForShort(short, specs) {
  for (const [name, spec] of specs) if (spec.short === short) return name;
  return short;
}

function option(name, rawName, index, value, inlineValue) {
  const t = { kind: 'option', name, rawName, index };
  if (value !== undefined) { t.value = value; t.inlineValue = inlineValue; }
  return t;
}

function tokenize(args, specs) {
  const tokens = [];
  let index = -1;
  const rest = args.slice();
  while (rest.length > 0) {
    const arg = rest.shift();
    index++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of rest) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }
    const typeOf = (name) => specs.get(name)?.type;
    if (arg.length === 2 && arg[0] === '-' && arg[1] !== '-') {   // -f
      const name = findLongForShort(arg[1], specs);
      if (typeOf(name) === 'string' && rest.length > 0) {
        tokens.push(option(name, arg, index, rest.shift(), false));
        index++;
      } else {
        tokens.push(option(name, arg, index));
      }
    } else if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {   // -abc or -fVALUE
      const groupIndex = index;
      for (let i = 1; i < arg.length; i++) {
        const name = findLongForShort(arg[i], specs);
        if (typeOf(name) !== 'string') {
          tokens.push(option(name, `-${arg[i]}`, groupIndex));
          continue;
        }
        if (i < arg.length - 1) {
          tokens.push(option(name, `-${arg[i]}`, groupIndex, arg.slice(i + 1), true));
        } else if (rest.length > 0) {
          tokens.push(option(name, `-${arg[i]}`, groupIndex, rest.shift(), false));
          index++;
        } else {
          tokens.push(option(name, `-${arg[i]}`, groupIndex));
        }
        break;
      }
    } else if (arg.startsWith('--') && arg.includes('=')) {   // --foo=bar
      const eq = arg.indexOf('=');
      tokens.push(option(arg.slice(2, eq), arg.slice(0, eq), index, arg.slice(eq + 1), true));
    } else if (arg.startsWith('--')) {   // --foo [value]
      const name = arg.slice(2);
      if (typeOf(name) === 'string' && rest.length > 0) {
        tokens.push(option(name, arg, index, rest.shift(), false));
        index++;
      } else {
        tokens.push(option(name, arg, index));
      }
    } else {
      tokens.push({ kind: 'positional', index, value: arg });
    }
  }
  return tokens;
}

/**
 * Checks the option declarations as Node does (type, short, multiple, then default; only own
 * properties count, a default of undefined is none) and returns them as name -> spec.
 */
function optionSpecs(options) {
  const specs = new Map();
  for (const [name, o] of Object.entries(options)) {
    const at = `options.${name}`;
    validateObject(o, at);
    const type = own(o, 'type');
    validateUnion(type, `${at}.type`, ['string', 'boolean']);
    const short = own(o, 'short');
    if (hasOwn(o, 'short')) {
      validateString(short, `${at}.short`);
      if (short.length !== 1) throw new ERR_INVALID_ARG_VALUE(`${at}.short`, short, 'must be a single character');
    }
    const multiple = own(o, 'multiple');
    if (hasOwn(o, 'multiple')) validateBoolean(multiple, `${at}.multiple`);
    const value = own(o, 'default');
    if (value !== undefined) validateDefault(value, `${at}.default`, type, multiple);
    specs.set(name, { type, short, multiple: multiple === true, default: value });
  }
  return specs;
}

/** A default of the option's type; with multiple, an array of them, each checked by index. */
function validateDefault(value, name, type, multiple) {
  const validate = type === 'string' ? validateString : validateBoolean;
  if (!multiple) {
    validate(value, name);
    return;
  }
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validate(value[i], `${name}[${i}]`);
}

// As in Node, the configuration's own properties count, null is the same as absent, and any
// non-null config is accepted (a primitive has none of the properties).
function parseArgs(config = { __proto__: null }) {
  if (config === null) throw new TypeError('Cannot convert undefined or null to object');
  const args = own(config, 'args') ?? require('process').argv.slice(2);
  const strict = own(config, 'strict') ?? true;
  const allowPositionals = own(config, 'allowPositionals') ?? !strict;
  const returnTokens = own(config, 'tokens') ?? false;
  const allowNegative = own(config, 'allowNegative') ?? false;
  const options = own(config, 'options') ?? { __proto__: null };
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  const specs = optionSpecs(options);

  const tokens = tokenize(args, specs);
  const result = { values: { __proto__: null }, positionals: [] };
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw parseError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
          `Unexpected argument '${token.value}'. This command does not take positional arguments`);
      }
      result.positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    let name = token.name;
    let value = token.value;
    if (allowNegative && name.startsWith('no-') && value === undefined &&
        specs.get(name.slice(3))?.type === 'boolean') {
      name = name.slice(3);
      value = false;
    }
    const spec = specs.get(name);
    if (strict) {
      const shortAndLong = spec?.short ? `-${spec.short}, --${name}` : `--${name}`;
      if (spec === undefined) {
        const raw = token.rawName;
        throw parseError('ERR_PARSE_ARGS_UNKNOWN_OPTION', `Unknown option '${raw}'` + (allowPositionals
          ? `. To specify a positional argument starting with a '-', place it at the end of the command after ` +
            `'--', as in '-- ${JSON.stringify(raw)}` : ''));
      }
      if (spec.type === 'string' && typeof value !== 'string') {
        throw parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shortAndLong} <value>' argument missing`);
      }
      if (spec.type === 'boolean' && token.value !== undefined) {
        throw parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shortAndLong}' does not take an argument`);
      }
      if (spec.type === 'string' && token.inlineValue === false && isOptionLike(value)) {
        throw parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${token.rawName.startsWith('--') ? `--${name}` : shortAndLong}' argument is ambiguous.\n` +
          `Did you forget to specify the option argument for '${token.rawName}'?\nTo specify an option argument ` +
          `starting with a dash use '--${name}=-XYZ'` + (token.rawName.startsWith('--') ? '.' : ` or '${token.rawName}-XYZ'.`));
      }
    }
    if (name === '__proto__') continue;   // never a key of values, as in Node
    const stored = value === undefined ? true : value;
    if (spec?.multiple) {
      if (result.values[name] === undefined) result.values[name] = [];
      result.values[name].push(stored);
    } else {
      result.values[name] = stored;
    }
  }
  for (const [name, spec] of specs) {
    if (spec.default !== undefined && name !== '__proto__' && result.values[name] === undefined) {
      result.values[name] = spec.default;
    }
  }
  if (returnTokens) result.tokens = tokens;
  return result;
}

module.exports = { parseArgs };
