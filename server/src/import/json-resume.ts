// JSON Resume (https://jsonresume.org, schema vendored in schemas/third-party/) → an imported person.
// basics → name, headline (label), summary; skills[].name and each of skills[].keywords at skills[].level;
// languages[].language at its fluency; work[] start/end dates → years of experience (overlaps once,
// an open end is `today`); education[] → degree (studyType + area) and institution.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import resumeSchema from '../../../schemas/third-party/json-resume.schema.json';
import { yearsOfExperience, type ImportedPerson, type ImportedSkill } from './candidate';
import { levelFromWords } from './levels';

let validator: ReturnType<Ajv['compile']> | undefined;

function validate(value: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const { $id: _id, ...schema } = resumeSchema as Record<string, unknown>;   // its $id is a placeholder (example.com)
    validator = ajv.compile(schema);
  }
  if (validator(value)) return [];
  return (validator.errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '(top)'} ${e.message ?? 'is invalid'}`);
}

/** ISO 8601 as JSON Resume writes it: YYYY, YYYY-MM or YYYY-MM-DD (UTC). */
function resumeDate(text: unknown): Date | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  return m ? new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1)) : undefined;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

export function readJsonResume(text: string, today: string): { person: ImportedPerson } | { problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { problems: [`not JSON: ${(e as Error).message}`] };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { problems: ['a JSON Resume is a JSON object'] };
  const problems = validate(value);
  if (problems.length > 0) return { problems };
  const resume = value as Record<string, any>;   // shape checked by the schema above
  const skills: ImportedSkill[] = [];
  const withLevel = (name: string, written: string | undefined): ImportedSkill => {
    const level = levelFromWords(written);
    return { name, level, ...(level === undefined && written !== undefined && written.trim() !== '' ? { unmappedLevel: written } : {}) };
  };
  for (const s of (resume.skills ?? []) as { name?: string; level?: string; keywords?: string[] }[]) {
    if (str(s.name)) skills.push(withLevel(str(s.name)!, s.level));
    for (const k of s.keywords ?? []) if (str(k)) skills.push(withLevel(str(k)!, s.level));
  }
  for (const l of (resume.languages ?? []) as { language?: string; fluency?: string }[]) {
    if (str(l.language)) skills.push(withLevel(str(l.language)!, l.fluency));
  }
  const end = resumeDate(today)!;
  const ranges = ((resume.work ?? []) as { startDate?: string; endDate?: string }[]).flatMap((w) => {
    const start = resumeDate(w.startDate);
    return start ? [{ start, end: resumeDate(w.endDate) ?? end }] : [];
  });
  const basics = (resume.basics ?? {}) as Record<string, unknown>;
  return {
    person: {
      name: str(basics.name),
      headline: str(basics.label),
      summary: str(basics.summary),
      years: yearsOfExperience(ranges),
      education: ((resume.education ?? []) as { institution?: string; area?: string; studyType?: string }[]).flatMap((e) => {
        const degree = [str(e.studyType), str(e.area)].filter(Boolean).join(' ');
        return degree ? [{ degree, institution: str(e.institution) }] : [];
      }),
      skills,
    },
  };
}
