import { check, checkFix } from './fixture';

describe('checks: mojibake, control characters (yaml-syntax)', () => {
  it('reports mis-decoded UTF-8 and U+FFFD in any string of any document', () => {
    check(`
      kind: candidate
      name: Ana MarÃ­a
            ^^^^^^^^^^ warning mojibake: 'MarÃ­a' looks like mis-decoded UTF-8: María?
      summary: "Caf\uFFFD owner"
               ^^^^^^^^^^^^ warning mojibake: 'Caf\uFFFD' holds U+FFFD (\uFFFD), the mark of bytes that were not valid UTF-8: retype the lost character and save the file as UTF-8
      skills: []
    `);
    checkFix('kind: candidate\nname: Ana MarÃ­a\n', 'mojibake', "Replace with 'María'", 'kind: candidate\nname: Ana María\n');
  });

  it('reports mojibake spelled with escapes in a file whose text is all ASCII', () => {
    check(`
      kind: candidate
      name: "Bachelor\\u00e2\\u20ac\\u2122s"
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning mojibake: 'Bachelorâ€™s' looks like mis-decoded UTF-8: Bachelor’s?
      skills: []
    `);
  });

  it('reports a control character YAML forbids, one per line, at the character', () => {
    check(`
      kind: candidate
      name: "Ada\u0007"
                ^ error yaml-syntax: control character U+0007 is not allowed in YAML
      skills: []
    `);
  });
});
