// covers: util.MIMEType, util.MIMEParams.prototype.get, util.MIMEType.prototype.toString
'use strict';
const common = require('../common');
const assert = require('assert');
const { MIMEType } = require('util');

const params = (s) => [...new MIMEType(s).params];

// Leading HTTP whitespace is skipped; blanks before ';' end the subtype.
assert.strictEqual(String(new MIMEType('\r\n\t Image/SVG+XML \t;A=B')), 'image/svg+xml;a=B');
// Parameters: names lower-cased, values kept; empty, nameless and ill-formed ones dropped;
// the first of a repeated name wins.
assert.deepStrictEqual(params('x/y;;flag;empty=;=v;ok=1;OK=2;sp ace=3;lat=\u00e9;wide=\u0101'),
  [['ok', '1'], ['lat', '\u00e9']]);
// Quoted values: escapes resolved, text after the closing quote ignored, an unterminated value
// runs to the end (a final lone backslash kept), an empty quoted value is a value.
assert.deepStrictEqual(params('x/y;a="p\\"q" trailing;b="";c="open\\'),
  [['a', 'p"q'], ['b', ''], ['c', 'open\\']]);
// Output quotes anything that is not a token and escapes quote and backslash.
assert.strictEqual(String(new MIMEType('x/y;a="p\\"q";b="";c=(x)')), 'x/y;a="p\\"q";b="";c="(x)"');

// Errors say which part is wrong and where.
const bad = (input, message) => assert.throws(() => new MIMEType(input),
  common.expectsError({ code: 'ERR_INVALID_MIME_SYNTAX', name: 'TypeError', message }));
bad('ab cd/e', 'The MIME syntax for a type in "ab cd/e" is invalid at 2');
bad('plain', 'The MIME syntax for a type in "plain" is invalid');
bad('/x', 'The MIME syntax for a type in "/x" is invalid');
bad('a/b c', 'The MIME syntax for a subtype in "a/b c" is invalid at 1');
bad('a/;x=y', 'The MIME syntax for a subtype in "a/;x=y" is invalid');
const m = new MIMEType('a/b');
assert.throws(() => { m.subtype = 'x/y'; }, common.expectsError({
  code: 'ERR_INVALID_MIME_SYNTAX', message: 'The MIME syntax for a subtype in "x/y" is invalid at 1' }));
assert.throws(() => m.params.set('k', 'caf\u0113'), common.expectsError({
  code: 'ERR_INVALID_MIME_SYNTAX', message: 'The MIME syntax for a parameter value in "caf\u0113" is invalid at 3' }));
assert.strictEqual(m.essence, 'a/b');
// Setters coerce to strings; type and subtype are lower-cased.
// (Whether params.set lower-cases the name differs between releases: 24 does, 25 does not.)
m.type = { toString: () => 'TEXT' };
m.params.set('key', 2);
assert.strictEqual(String(m), 'text/b;key=2');
assert.strictEqual(m.params.get('key'), '2');
