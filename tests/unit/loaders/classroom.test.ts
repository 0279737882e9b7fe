import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGlossaryTerm, checkTeachPlan } from '../../../src/loaders/classroom';
import { lessonIndex, readYamlList } from '../../../src/loaders/yaml-list';
import { glossaryTermSchema, teachPlanSchema } from '../../../src/schemas/glossary';

const root = mkdtempSync(join(tmpdir(), 'classroom-'));
const lessonsDir = join(root, 'lessons');
for (const lang of ['en', 'ko']) {
  mkdirSync(join(lessonsDir, lang), { recursive: true });
  writeFileSync(join(lessonsDir, lang, 'port-ranges.mdx'), `<h2 id="three-ranges">x</h2>\n<h2 id="${lang}-only">y</h2>\n`);
}
const lessons = lessonIndex(lessonsDir);

function glossary(yaml: string) {
  const file = join(root, `glossary-${Math.random()}.yaml`);
  writeFileSync(file, yaml);
  return () =>
    readYamlList(
      file,
      glossaryTermSchema,
      (raw, i) => (raw as { id?: string })?.id ?? `#${i + 1}`,
      (e, at, all) => checkGlossaryTerm(e, at, all, lessons),
    );
}

const good = `
- id: system-ports
  term: { en: System Ports, ko: 시스템 포트 }
  definition: { en: Ports 0 to 1023., ko: 0번부터 1023번까지의 포트예요. }
  taughtIn: [{ lesson: port-ranges, section: three-ranges }]
`;

describe('glossary file', () => {
  it('reads a valid file', () => {
    const entries = glossary(good)();
    expect(entries.map((e) => e.id)).toEqual(['system-ports']);
    expect(entries[0]?.data.aliases).toEqual({ en: [], ko: [] });
  });

  it('names the file, the entry and the field of a missing Korean definition', () => {
    expect(glossary(good.replace(', ko: 0번부터 1023번까지의 포트예요.', ''))).toThrow(
      /glossary-[\d.]+\.yaml: entry "system-ports", field "definition\.ko"/,
    );
  });

  it('rejects a section that exists in one language only, and an unknown related term', () => {
    const bad = good.replace('three-ranges', 'en-only') + '  related: [nat]\n';
    let message = '';
    try {
      glossary(bad)();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/field "taughtIn\[0\]\.section": lesson "port-ranges" has no section id "en-only" in every language/);
    expect(message).toMatch(/field "related\[0\]": no term with id "nat"/);
  });

  it('reports broken YAML and duplicate ids', () => {
    expect(glossary('- id: [unclosed')).toThrow(/not valid YAML/);
    expect(glossary(good + good)).toThrow(/entry "system-ports": the id is used twice/);
  });
});

describe('teacher plan', () => {
  const plan = `
- lesson: port-ranges
  classMinutes: 45
  project:
    - link: { kind: lesson, lesson: port-ranges, section: three-ranges, state: { port: 80 } }
      text: { en: The bar., ko: 막대예요. }
  discuss: { en: [One?, Two?], ko: [하나?, 둘?] }
  misconceptions: { en: [Registered means enforced.], ko: [등록되면 강제된다는 생각.] }
`;
  const read = (yaml: string) => {
    const file = join(root, `teach-${Math.random()}.yaml`);
    writeFileSync(file, yaml);
    return () =>
      readYamlList(
        file,
        teachPlanSchema,
        (raw, i) => (raw as { lesson?: string })?.lesson ?? `#${i + 1}`,
        (e, at, all) => checkTeachPlan(e, at, all, lessons),
      );
  };

  it('reads a valid plan with a diagram state', () => {
    expect(read(plan)()[0]?.data.project[0]?.link).toEqual({
      kind: 'lesson',
      lesson: 'port-ranges',
      section: 'three-ranges',
      state: { port: 80 },
    });
  });

  it('needs as many discussion questions in Korean as in English', () => {
    expect(read(plan.replace('ko: [하나?, 둘?]', 'ko: [하나?, 둘?, 셋?]'))).toThrow(
      /entry "port-ranges", field "discuss": discuss needs as many/,
    );
  });

  it('rejects an unknown kind of link and an unknown lesson', () => {
    expect(read(plan.replace('kind: lesson', 'kind: video'))).toThrow(/field "project\[0\]\.link\.kind"/);
    expect(read(plan.replace('- lesson: port-ranges', '- lesson: no-such-lesson'))).toThrow(/field "lesson": no lesson "no-such-lesson"/);
  });
});
