import type { Routine, Stretch } from './content-schema';

/** The stretches and routines the skill speaks, validated and indexed. */
export interface Content {
  readonly stretches: readonly Stretch[];
  readonly routines: readonly Routine[];
  stretch(id: string): Stretch | undefined;
  routine(id: string): Routine | undefined;
}

/**
 * Indexes content that is already valid: what `loadContent` returns after
 * validating, and what the Lambda bundle builds from the content the build
 * validated (so a cold start parses no content schema).
 */
export function indexContent(stretches: readonly Stretch[], routines: readonly Routine[]): Content {
  const stretchById = new Map(stretches.map((x) => [x.id, x]));
  const routineById = new Map(routines.map((x) => [x.id, x]));
  return {
    stretches,
    routines,
    stretch: (id) => stretchById.get(id),
    routine: (id) => routineById.get(id),
  };
}
