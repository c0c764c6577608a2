'use strict';
// console.table's box drawing: left-aligned cells, one space of padding, header row and rule.

// Width in terminal columns: wide East Asian characters take two, combining marks none.
function stringWidth(str) {
  let width = 0;
  for (const ch of str.replace(/\u001b\[[0-9;]*m/g, '')) {
    const cp = ch.codePointAt(0);
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b ||
        (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    const wide = (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
      (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
      (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

function renderRow(row, widths) {
  const cells = row.map((cell, i) => cell + ' '.repeat(widths[i] - stringWidth(cell)));
  return `│ ${cells.join(' │ ')} │`;
}

/** head: column titles; columns: one array of cell strings per column (holes are empty cells). */
function renderTable(head, columns) {
  const widths = head.map(stringWidth);
  const height = Math.max(...columns.map((c) => c.length));
  const rows = [];
  for (let i = 0; i < head.length; i++) {
    for (let j = 0; j < height; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = Object.prototype.hasOwnProperty.call(columns[i], j) ? columns[i][j] : '';
      rows[j][i] = value;
      widths[i] = Math.max(widths[i] || 0, stringWidth(value));
    }
  }
  const rule = widths.map((w) => '─'.repeat(w + 2));
  let out = `┌${rule.join('┬')}┐\n${renderRow(head, widths)}\n├${rule.join('┼')}┤\n`;
  for (const row of rows) out += `${renderRow(row, widths)}\n`;
  return `${out}└${rule.join('┴')}┘`;
}

module.exports = { renderTable, stringWidth };
