'use strict';
// util.parseArgs: tokenizes argv (long/short options, groups, inline values, `--`), then
// checks the tokens against the declared options and builds { values, positionals, tokens }.
const { decorate, codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateObject, validateArray, validateBoolean, validateString, validateOneOf } = require('internal/validators');

const parseError = (code, message) => decorate(new TypeError(message), code);
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isOptionLike = (v) => v != null && v.length > 1 && v[0] === '-';

function findLongForShort(short, options) {
  for (const [name, o] of Object.entries(options)) if (o.short === short) return name;
  return short;
}

function option(name, rawName, index, value, inlineValue) {
  const t = { kind: 'option', name, rawName, index };
  if (value !== undefined) { t.value = value; t.inlineValue = inlineValue; }
  return t;
}

function tokenize(args, options) {
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
    const typeOf = (name) => (hasOwn(options, name) ? options[name].type : undefined);
    if (arg.length === 2 && arg[0] === '-' && arg[1] !== '-') {   // -f
      const name = findLongForShort(arg[1], options);
      if (typeOf(name) === 'string' && rest.length > 0) {
        tokens.push(option(name, arg, index, rest.shift(), false));
        index++;
      } else {
        tokens.push(option(name, arg, index));
      }
    } else if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {   // -abc or -fVALUE
      const groupIndex = index;
      for (let i = 1; i < arg.length; i++) {
        const name = findLongForShort(arg[i], options);
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

function validateConfig(options) {
  for (const [name, o] of Object.entries(options)) {
    validateObject(o, `options.${name}`);
    validateOneOf(o.type, `options.${name}.type`, ['string', 'boolean']);
    if (hasOwn(o, 'short')) {
      validateString(o.short, `options.${name}.short`);
      if (o.short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, o.short, 'must be a single character');
      }
    }
    if (hasOwn(o, 'multiple')) validateBoolean(o.multiple, `options.${name}.multiple`);
    if (hasOwn(o, 'default')) {
      const d = o.default;
      const ok = (v) => typeof v === o.type;
      if (o.multiple ? !(Array.isArray(d) && d.every(ok)) : !ok(d)) {
        const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
        throw new ERR_INVALID_ARG_TYPE(`options.${name}.default`, o.multiple ? `${o.type}[]` : o.type, d);
      }
    }
  }
}

function parseArgs(config = { __proto__: null }) {
  validateObject(config, 'config');
  const args = config.args !== undefined ? config.args : require('process').argv.slice(2);
  const strict = config.strict !== undefined ? config.strict : true;
  const allowPositionals = config.allowPositionals !== undefined ? config.allowPositionals : !strict;
  const returnTokens = config.tokens !== undefined ? config.tokens : false;
  const allowNegative = config.allowNegative !== undefined ? config.allowNegative : false;
  const options = config.options !== undefined ? config.options : { __proto__: null };
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  validateConfig(options);

  const tokens = tokenize(args, options);
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
        hasOwn(options, name.slice(3)) && options[name.slice(3)].type === 'boolean') {
      name = name.slice(3);
      value = false;
    }
    const known = hasOwn(options, name);
    if (strict) {
      const shortAndLong = known && options[name].short ? `-${options[name].short}, --${name}` : `--${name}`;
      if (!known) {
        const raw = token.rawName;
        throw parseError('ERR_PARSE_ARGS_UNKNOWN_OPTION', `Unknown option '${raw}'` + (allowPositionals
          ? `. To specify a positional argument starting with a '-', place it at the end of the command after ` +
            `'--', as in '-- ${JSON.stringify(raw)}` : ''));
      }
      if (options[name].type === 'string' && typeof value !== 'string') {
        throw parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shortAndLong} <value>' argument missing`);
      }
      if (options[name].type === 'boolean' && token.value !== undefined) {
        throw parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shortAndLong}' does not take an argument`);
      }
      if (options[name].type === 'string' && token.inlineValue === false && isOptionLike(value)) {
        throw parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${token.rawName.startsWith('--') ? `--${name}` : shortAndLong}' argument is ambiguous.\n` +
          `Did you forget to specify the option argument for '${token.rawName}'?\nTo specify an option argument ` +
          `starting with a dash use '--${name}=-XYZ'` + (token.rawName.startsWith('--') ? '.' : ` or '${token.rawName}-XYZ'.`));
      }
    }
    const stored = value === undefined ? true : value;
    if (known && options[name].multiple) {
      if (result.values[name] === undefined) result.values[name] = [];
      result.values[name].push(stored);
    } else {
      result.values[name] = stored;
    }
  }
  for (const [name, o] of Object.entries(options)) {
    if (o.default !== undefined && result.values[name] === undefined) result.values[name] = o.default;
  }
  if (returnTokens) result.tokens = tokens;
  return result;
}

module.exports = { parseArgs };
