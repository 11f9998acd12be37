import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeSkillName } from '../../../server/src/catalog';

describe('normalizeSkillName', () => {
  const table: [string, string][] = [
    ['ML Ops', 'mlops'],
    ['ml-ops', 'mlops'],
    ['MLOps', 'mlops'],
    ['  Machine Learning Operations ', 'machinelearningoperations'],
    ['scikit learn', 'scikitlearn'],
    ['scikit-learn', 'scikitlearn'],
    ['C', 'c'],
    ['C++', 'cplusplus'],
    ['c ++', 'cplusplus'],
    ['C#', 'csharp'],
    ['C Sharp', 'csharp'],
    ['F#', 'fsharp'],
    ['.NET', 'dotnet'],
    ['.net core', 'dotnetcore'],
    ['ASP.NET', 'aspnet'],
    ['Node.js', 'nodejs'],
    ['NodeJS', 'nodejs'],
    ['R', 'r'],
    ['Weights & Biases', 'weightsandbiases'],
    ['Weights and Biases', 'weightsandbiases'],
    ['ＰｙＴｏｒｃｈ', 'pytorch'], // full-width letters fold under NFKC
    ['Py\u00a0Torch', 'pytorch'], // non-breaking space
    ['Pokémon', 'pokemon'], // diacritics are dropped
    ['Ｃ＃', 'csharp'], // full-width symbols too
    ['Kubernetes (k8s)', 'kubernetesk8s'],
    ['CI/CD', 'cicd'],
    ['---', ''],
    ['kubernetes', 'kubernetes'],
  ];
  for (const [written, key] of table) {
    it(`${JSON.stringify(written)} → ${JSON.stringify(key)}`, () => {
      assert.equal(normalizeSkillName(written), key);
    });
  }

  it('gives the same key on the plain-ASCII fast path as on the full path', () => {
    // A leading non-ASCII word (then a space, which is a boundary on both paths) forces the full path.
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 30 }), (ascii) => {
        const printable = ascii.replace(/[^\x20-\x7e]/g, ' ');
        assert.equal(normalizeSkillName(`é ${printable}`), `e${normalizeSkillName(printable)}`);
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it('keeps C, C++, C#, F#, .NET, Node.js and R distinct', () => {
    const keys = ['C', 'C++', 'C#', 'F#', '.NET', 'Node.js', 'R', 'Net', 'Node'].map(normalizeSkillName);
    assert.equal(new Set(keys).size, keys.length);
  });
});
