'use strict';
// util.parseEnv: the .env format (KEY=value lines, `export` prefix, # comments, quoted values
// that may span lines; "double quotes" expand \n).
const { validateString } = require('internal/validators');

function parseEnv(content) {
  validateString(content, 'content');
  const out = { __proto__: null };   // Node returns a null-prototype object
  const src = content.replace(/\r\n?/g, '\n');
  const line = /^\s*(?:export\s+)?([\w.-]+)[ \t]*=[ \t]*("(?:\\.|[^"])*"|'[^']*'|`[^`]*`|[^\n#]*)[^\n]*$/gm;
  let m;
  while ((m = line.exec(src)) !== null) {
    let value = m[2];
    const q = value[0];
    if ((q === '"' || q === "'" || q === '`') && value.length > 1 && value.endsWith(q)) {
      value = value.slice(1, -1);
      if (q === '"') value = value.replace(/\\n/g, '\n');
    } else {
      value = value.trim();
    }
    out[m[1]] = value;
  }
  return out;
}

module.exports = { parseEnv };
