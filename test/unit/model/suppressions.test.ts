import assert from 'node:assert/strict';
import { parseSkillsFile } from '../../../server/src/model';
import { yaml } from './helpers';

const suppressions = (text: string) => [...parseSkillsFile('f', text).suppressions.entries()];

describe('model: suppression comments', () => {
  it('maps each directive to the next non-blank, non-comment line', () => {
    assert.deepEqual(suppressions(yaml(
      'kind: candidate',                                          // 0
      'skills:',                                                  // 1
      '  # skillgap-disable-next-line alias',                     // 2
      '  - { skill: k8s, level: 1 }',                             // 3
      '  #skillgap-disable-next-line unknown-skill, below-level', // 4
      '',                                                         // 5
      '  # an ordinary comment',                                  // 6
      '  - { skill: Pytorch2, level: 1 }',                        // 7
      '# skillgap-disable-next-line',                             // 8
      'targets: [x]',                                             // 9
      '# skillgap-disable-next-line mojibake -- the name is spelled this way', // 10
      'name: Bachelorâ€™s',                                        // 11
    )), [[3, ['alias']], [7, ['unknown-skill', 'below-level']], [9, []], [11, ['mojibake']]]);
  });

  it('stacked directives add up; one without codes suppresses everything', () => {
    assert.deepEqual(suppressions(yaml('# skillgap-disable-next-line alias', '# skillgap-disable-next-line mojibake', 'kind: candidate')),
      [[2, ['alias', 'mojibake']]]);
    assert.deepEqual(suppressions(yaml('# skillgap-disable-next-line alias', '# skillgap-disable-next-line', 'kind: candidate')),
      [[2, []]]);
  });

  it('ignores look-alikes and a directive at the end of the file', () => {
    assert.deepEqual(suppressions(yaml('kind: candidate # skillgap-disable-next-line alias', 'name: x', '# skillgap-disable-next-lines alias', 'headline: y', '# skillgap-disable-next-line alias')), []);
  });

  it('counts lines the same way with CRLF', () => {
    assert.deepEqual(suppressions('kind: candidate\r\n# skillgap-disable-next-line alias\r\n\r\nname: x\r\n'), [[3, ['alias']]]);
  });
});
