// A small RFC 4180 CSV reader (no CSV library is installed; ESCO's files need only this much):
// quoted fields may contain commas, doubled quotes and line breaks; records end with CRLF or LF.

/** Parses CSV text into rows of string fields (header included). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') { field += '"'; i++; }
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** Parses CSV text into objects keyed by the header row. */
export function readCsvObjects(text) {
  const [header, ...rows] = parseCsv(text);
  return rows.filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** Parses tab-separated text (O*NET: no quoting, no embedded tabs or newlines) into objects. */
export function readTsvObjects(text) {
  const [header, ...rows] = text.split(/\r?\n/).filter((l) => l !== '').map((l) => l.split('\t'));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
