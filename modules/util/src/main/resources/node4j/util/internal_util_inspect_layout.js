'use strict';
// How util.inspect lays out the pieces of one object: on one line when they fit, in aligned
// columns for long arrays of short items, otherwise one entry per line.
const { removeColors } = require('internal/util/inspect_text');

const kObjectType = 0;
const kArrayExtrasType = 1;

const visibleLength = (ctx, s) => (ctx.colors ? removeColors(s).length : s.length);

/** Arrays of more than six short entries are printed in up to 15 columns (a roughly square block). */
function groupArrayElements(ctx, output, value) {
  const hasMore = ctx.maxArrayLength < output.length;   // the "... more items" entry stays apart
  const count = hasMore ? output.length - 1 : output.length;
  const sep = 2;   // ", "
  const lengths = new Array(count);
  let total = 0;
  let longest = 0;
  for (let i = 0; i < count; i++) {
    const len = visibleLength(ctx, output[i]);
    lengths[i] = len;
    total += len + sep;
    if (len > longest) longest = len;
  }
  const cell = longest + sep;
  // Group only if three cells fit on a line and no entry dwarfs the others.
  if (cell * 3 + ctx.indentationLvl >= ctx.breakLength || !(total / cell > 5 || longest <= 6)) {
    return output;
  }
  const bias = Math.sqrt(cell - total / output.length);
  const biasedCell = Math.max(cell - 3 - bias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedCell * count) / biasedCell),   // characters are ~2.5x taller than wide
    Math.floor((ctx.breakLength - ctx.indentationLvl) / cell),
    ctx.compact * 4,
    15);
  if (columns <= 1) return output;

  const widths = [];
  for (let c = 0; c < columns; c++) {
    let w = 0;
    for (let j = c; j < output.length; j += columns) if (lengths[j] > w) w = lengths[j];
    widths.push(w + sep);
  }
  // Numbers are right-aligned, anything else left-aligned.
  let alignRight = value !== undefined;
  if (alignRight) {
    for (let i = 0; i < output.length; i++) {
      if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') { alignRight = false; break; }
    }
  }
  const rows = [];
  for (let i = 0; i < count; i += columns) {
    const end = Math.min(i + columns, count);
    let line = '';
    let j = i;
    for (; j < end - 1; j++) {
      const pad = widths[j - i] + output[j].length - lengths[j];   // color codes take no room
      line += alignRight ? `${output[j]}, `.padStart(pad, ' ') : `${output[j]}, `.padEnd(pad, ' ');
    }
    if (alignRight) {
      line += output[j].padStart(widths[j - i] + output[j].length - lengths[j] - sep, ' ');
    } else {
      line += output[j];
    }
    rows.push(line);
  }
  if (hasMore) rows.push(output[count]);
  return rows;
}

function isBelowBreakLength(ctx, output, start, base) {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    total += visibleLength(ctx, output[i]);
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) output = groupArrayElements(ctx, output, value);
      // Objects nesting at most `compact` levels of further objects may share one line.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact: true — as many entries per line as fit.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const lead = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${lead}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

module.exports = { kObjectType, kArrayExtrasType, groupArrayElements, reduceToSingleString, isBelowBreakLength };
