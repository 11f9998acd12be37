import assert from 'node:assert/strict';
import { toCodeAction, toLspDiagnostic } from '../../server/src/lsp/convert';
import type { Diagnostic } from '../../server/src/model/types';

const r = (line: number, a: number, b: number) => ({ start: { line, character: a }, end: { line, character: b } });

describe('our diagnostics and fixes as LSP values', () => {
  const diagnostic: Diagnostic = {
    range: r(3, 13, 19), severity: 'warning', code: 'duplicate-skill', message: "Python is listed twice (as 'Python' on line 3)",
    related: [{ file: 'canon:a', range: r(2, 13, 19), message: 'first listed here' }],
    fixes: [{ title: 'Remove', edits: [{ range: r(3, 0, 0), newText: '' }, { file: 'canon:b', range: r(0, 0, 0), newText: 'x' }], preferred: true }],
    data: { firstLine: 2 },
  };

  it('maps severity, code, source, related information (client URIs), tags and data', () => {
    assert.deepEqual(toLspDiagnostic(diagnostic, (f) => f.replace('canon:', 'client:')), {
      range: r(3, 13, 19), severity: 2, code: 'duplicate-skill', source: 'skillgap', message: "Python is listed twice (as 'Python' on line 3)",
      data: { fixes: diagnostic.fixes, facts: { firstLine: 2 } },
      relatedInformation: [{ location: { uri: 'client:a', range: r(2, 13, 19) }, message: 'first listed here' }],
      tags: [1],
    });
    assert.equal(toLspDiagnostic({ ...diagnostic, severity: 'hint', code: 'alias', related: undefined }, (f) => f).tags, undefined);
  });

  it('turns a fix into a quick fix whose edits in other files use those files\' URIs', () => {
    const lsp = toLspDiagnostic(diagnostic, (f) => f);
    assert.deepEqual(toCodeAction(diagnostic.fixes![0], lsp, 'client:doc', (f) => f.replace('canon:', 'client:')), {
      title: 'Remove', kind: 'quickfix', diagnostics: [lsp], isPreferred: true,
      edit: { changes: { 'client:doc': [{ range: r(3, 0, 0), newText: '' }], 'client:b': [{ range: r(0, 0, 0), newText: 'x' }] } },
    });
  });
});
