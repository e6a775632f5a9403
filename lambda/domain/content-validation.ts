import type * as z from '../zod';
import { indexContent, type Content } from './content';
import { routinesFileSchema, stretchesFileSchema, type Routine, type Stretch, type StretchTag } from './content-schema';
import { isOneTripDown } from './position-moves';

/** Raised when a content file does not match the schema; the message names every bad field. */
export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Content is invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'ContentError';
  }
}

/** Routines the product brief promises; their ids are stable because slot values and tests name them. */
export const REQUIRED_ROUTINES: Readonly<Record<string, { tag?: StretchTag; forbidden?: StretchTag }>> = {
  'quick-relief': {},
  bedtime: { tag: 'in-bed' },
  seated: { tag: 'chair', forbidden: 'needs-balance' },
  floor: { tag: 'floor' },
  'all-nine': {},
};

function formatPath(file: string, path: readonly PropertyKey[]): string {
  const parts = path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
  return `${file}: ${parts.replace(/^\./, '')}`;
}

function issuesOf(file: string, error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => `${formatPath(file, issue.path)}: ${issue.message}`);
}

function crossCheck(stretches: readonly Stretch[], routines: readonly Routine[]): string[] {
  const problems: string[] = [];
  const byId = new Map(stretches.map((s) => [s.id, s]));
  const seen = new Map<string, string>();
  const claim = (phrase: string, owner: string, where: string): void => {
    const previous = seen.get(phrase);
    if (previous && previous !== owner) problems.push(`${where}: "${phrase}" is also a name of ${previous}`);
    seen.set(phrase, owner);
  };
  stretches.forEach((s, i) => {
    if (stretches.findIndex((t) => t.id === s.id) !== i)
      problems.push(`content/stretches.json: stretches[${i}].id: "${s.id}" is used twice`);
    claim(s.name.toLowerCase(), s.id, `content/stretches.json: stretches[${i}].name`);
    const kneels = s.startPosition === 'kneeling' || s.startPosition === 'hands-and-knees';
    if (kneels !== s.tags.includes('kneeling'))
      problems.push(
        `content/stretches.json: stretches[${i}].tags: must say kneeling exactly when the stretch starts kneeling or on hands and knees`,
      );
    s.aliases.forEach((a, j) => claim(a, s.id, `content/stretches.json: stretches[${i}].aliases[${j}]`));
  });
  routines.forEach((r, i) => {
    const where = `content/routines.json: routines[${i}]`;
    if (routines.findIndex((t) => t.id === r.id) !== i) problems.push(`${where}.id: "${r.id}" is used twice`);
    claim(r.name.toLowerCase(), `routine ${r.id}`, `${where}.name`);
    r.aliases.forEach((a, j) => claim(a, `routine ${r.id}`, `${where}.aliases[${j}]`));
    r.stretchIds.forEach((id, j) => {
      if (!byId.has(id)) problems.push(`${where}.stretchIds[${j}]: no stretch has the id "${id}"`);
    });
    if (new Set(r.stretchIds).size !== r.stretchIds.length) problems.push(`${where}.stretchIds: a stretch is listed twice`);
    const positions = r.stretchIds.flatMap((id) => byId.get(id)?.startPosition ?? []);
    if (!isOneTripDown(positions))
      problems.push(`${where}.stretchIds: must be one trip down (standing, then a chair, then the floor, then lying down), never back up`);
    if (!r.complete && r.stretchIds.length > 5)
      problems.push(`${where}.stretchIds: a routine has 3 to 5 stretches unless it is marked complete`);
    const rule = REQUIRED_ROUTINES[r.id];
    r.stretchIds.forEach((id, j) => {
      const tags = byId.get(id)?.tags ?? [];
      if (rule?.tag && !tags.includes(rule.tag)) problems.push(`${where}.stretchIds[${j}]: "${id}" is not tagged ${rule.tag}`);
      if (rule?.forbidden && tags.includes(rule.forbidden)) problems.push(`${where}.stretchIds[${j}]: "${id}" is tagged ${rule.forbidden}`);
    });
  });
  for (const id of Object.keys(REQUIRED_ROUTINES)) {
    if (!routines.some((r) => r.id === id)) problems.push(`content/routines.json: routines: the "${id}" routine is missing`);
  }
  const complete = routines.find((r) => r.id === 'all-nine');
  const core = stretches.filter((s) => s.core).map((s) => s.id);
  if (complete && core.some((id) => !complete.stretchIds.includes(id))) {
    problems.push('content/routines.json: routines: "all-nine" must hold every core stretch');
  }
  return problems;
}

/**
 * Validates the two content files and indexes them.
 *
 * @param rawStretches - the parsed JSON of `content/stretches.json`
 * @param rawRoutines - the parsed JSON of `content/routines.json`
 * @throws ContentError naming each bad field, file first, so a broken edit is found at build time
 */
export function loadContent(rawStretches: unknown, rawRoutines: unknown): Content {
  const s = stretchesFileSchema.safeParse(rawStretches);
  const r = routinesFileSchema.safeParse(rawRoutines);
  const problems = [
    ...(s.success ? [] : issuesOf('content/stretches.json', s.error)),
    ...(r.success ? [] : issuesOf('content/routines.json', r.error)),
  ];
  if (!s.success || !r.success) throw new ContentError(problems);
  const stretches = s.data.stretches;
  const routines = r.data.routines;
  const crossProblems = crossCheck(stretches, routines);
  if (crossProblems.length > 0) throw new ContentError(crossProblems);
  return indexContent(stretches, routines);
}
