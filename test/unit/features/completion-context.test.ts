import assert from 'node:assert/strict';
import { containerPath, siblingKeys } from '../../../server/src/features/completion';
import { LineIndex } from '../../../server/src/features/text-position';
import { nodeAt as locate } from '../../../server/src/features/yaml-locate';
import { reparseSkillsFile } from '../../../server/src/model/incremental';

const nodeAt = (text: string, position: { line: number; character: number }) => locate(reparseSkillsFile(undefined, 'x.skills.yaml', text), position);

describe('containerPath (which mapping a line belongs to, from indentation)', () => {
  const path = (text: string, line: number, column: number, dashed = false) => containerPath(new LineIndex(text), line, column, dashed);

  it('is the root at column 0', () => {
    assert.deepEqual(path('kind: role\nid: x\n\n', 2, 0), []);
  });

  it('is a list item when the line continues an item or starts a new one', () => {
    const text = 'kind: candidate\nskills:\n  - skill: Python\n    \n';
    assert.deepEqual(path(text, 3, 4), ['skills', 0]);
    assert.deepEqual(path('kind: candidate\nskills:\n  - \n', 2, 2, true), ['skills', 0]);
    assert.deepEqual(path('kind: candidate\nskills:\n- skill: a\n- \n', 3, 0, true), ['skills', 0], 'a list at its key\'s indentation');
  });

  it('follows nested mappings and lists through comments and blank lines', () => {
    const text = 'kind: catalog\nskills:\n  - id: k\n    # resources follow\n\n    resources:\n      - title: T\n        \n';
    assert.deepEqual(path(text, 7, 8), ['skills', 0, 'resources', 0]);
    assert.deepEqual(path('kind: candidate\navailability:\n  hours\n', 2, 2), ['availability']);
  });

  it('stops at the document separator', () => {
    assert.deepEqual(path('kind: role\nrequirements:\n  - skill: a\n---\nkind: candidate\n\n', 5, 0), []);
  });

  it('gives up (undefined) on a line under a scalar value', () => {
    assert.equal(path('name: Ada\n  x\n', 1, 2), undefined);
  });
});

describe('nodeAt (the YAML node under the cursor)', () => {
  const text = 'kind: candidate\nskills:\n  - { skill: "k8s", level: 1 }\n---\nkind: role\nid: r\n';

  it('finds keys and values with their paths and ranges, in flow and block style', () => {
    assert.deepEqual(nodeAt(text, { line: 2, character: 7 }), {
      docIndex: 0, path: ['skills', 0, 'skill'], isKey: true, value: 'skill',
      range: { start: { line: 2, character: 6 }, end: { line: 2, character: 11 } },
    });
    assert.deepEqual(nodeAt(text, { line: 2, character: 15 }), {
      docIndex: 0, path: ['skills', 0, 'skill'], isKey: false, value: 'k8s',
      range: { start: { line: 2, character: 13 }, end: { line: 2, character: 18 } },
    });
    assert.deepEqual(nodeAt(text, { line: 5, character: 4 })?.path, ['id']);
    assert.equal(nodeAt(text, { line: 5, character: 4 })?.docIndex, 1);
  });

  it('counts UTF-16 code units, as LSP does', () => {
    const emoji = 'kind: candidate\nname: 😀 Ada\nheadline: x\n';
    assert.deepEqual(nodeAt(emoji, { line: 2, character: 10 })?.range, { start: { line: 2, character: 10 }, end: { line: 2, character: 11 } });
    assert.deepEqual(nodeAt(emoji, { line: 1, character: 7 })?.range, { start: { line: 1, character: 6 }, end: { line: 1, character: 12 } });
  });
});

describe('siblingKeys (keys already written in the same mapping)', () => {
  const keys = (text: string, line: number, column: number, dashed = false) => [...siblingKeys(new LineIndex(text), line, column, dashed)].sort();

  it('collects the keys of the current list item only, above and below, skipping nested lines', () => {
    const text = 'skills:\n  - skill: A\n    level: 1\n  - skill: B\n    resources:\n      - title: x\n    \n    years: 2\n  - skill: C\n';
    assert.deepEqual(keys(text, 6, 4), ['resources', 'skill', 'years']);
  });

  it('on a new item, looks only below, up to the next item', () => {
    assert.deepEqual(keys('skills:\n  - skill: A\n  - \n    level: 2\n  - skill: C\n', 2, 4, true), ['level']);
  });

  it('at the root, stops at document separators', () => {
    assert.deepEqual(keys('kind: role\n---\nkind: candidate\n\nname: x\n---\nid: y\n', 3, 0), ['kind', 'name']);
  });
});
