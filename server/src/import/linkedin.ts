// LinkedIn's data export ("Get a copy of your data": a folder of CSV files) → an imported person.
// Skills.csv (Name) → skills, without a level (LinkedIn records none); Positions.csv (Started On,
// Finished On: "Mar 2019") → years of experience; Profile.csv (First Name, Last Name, Headline,
// Summary); Education.csv (School Name, Degree Name). Files other than Skills.csv are optional.
import { parse } from 'csv-parse/sync';
import { yearsOfExperience, type ImportedPerson } from './candidate';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Mar 2019", "March 2019", "2019", "Mar 15, 2019" → the first day of that month (UTC). */
function linkedinDate(text: string | undefined): Date | undefined {
  if (!text) return undefined;
  const t = text.trim().toLowerCase();
  let m = /^([a-z]{3})[a-z]*\.?\s+(?:\d{1,2},\s*)?(\d{4})$/.exec(t);
  if (m && MONTHS.includes(m[1])) return new Date(Date.UTC(Number(m[2]), MONTHS.indexOf(m[1]), 1));
  m = /^(\d{4})$/.exec(t);
  return m ? new Date(Date.UTC(Number(m[1]), 0, 1)) : undefined;
}

/** Rows of a LinkedIn CSV as objects; a preamble before the header row ("Notes: …") is skipped. */
function csvRows(text: string, firstColumn: string): Record<string, string>[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const header = lines.findIndex((l) => l.replace(/^"/, '').startsWith(firstColumn));
  if (header < 0) return [];
  return parse(lines.slice(header).join('\n'), { columns: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as Record<string, string>[];
}

export interface LinkedinFiles { skills: string; positions?: string; profile?: string; education?: string }

export function readLinkedinExport(files: LinkedinFiles, today: string): { person: ImportedPerson } | { problems: string[] } {
  let skills: Record<string, string>[];
  try {
    skills = csvRows(files.skills, 'Name');
  } catch (e) {
    return { problems: [`Skills.csv is not valid CSV: ${(e as Error).message}`] };
  }
  if (skills.length > 0 && !('Name' in skills[0])) return { problems: ['Skills.csv has no Name column'] };
  const [y, mo, d] = today.split('-').map(Number);
  const now = new Date(Date.UTC(y, mo - 1, d));
  const positions = files.positions ? csvRows(files.positions, 'Company Name') : [];
  const ranges = positions.flatMap((p) => {
    const start = linkedinDate(p['Started On']);
    return start ? [{ start, end: linkedinDate(p['Finished On']) ?? now }] : [];
  });
  const profile = files.profile ? csvRows(files.profile, 'First Name')[0] : undefined;
  const name = profile ? [profile['First Name'], profile['Last Name']].filter(Boolean).join(' ') : undefined;
  const education = files.education ? csvRows(files.education, 'School Name') : [];
  return {
    person: {
      name: name || undefined,
      headline: profile?.Headline || undefined,
      summary: profile?.Summary || undefined,
      years: yearsOfExperience(ranges),
      education: education.flatMap((e) => (e['Degree Name'] ? [{ degree: e['Degree Name'], institution: e['School Name'] || undefined }] : [])),
      skills: skills.map((s) => ({ name: s.Name ?? '' })),
    },
  };
}
