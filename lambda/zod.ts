import { array, boolean, discriminatedUnion, enum as enumOf, literal, number, object, record, string, tuple, unknown, url } from 'zod';

/**
 * The zod builders the skill uses, imported by name. Importing zod's `z`
 * namespace keeps all of zod in the Lambda bundle, its error messages in
 * every language included (about 370 KiB of a 1.2 MiB bundle, and a tenth of
 * the cold start); named imports let the bundler drop what is not used.
 */
export const z = {
  array,
  boolean,
  discriminatedUnion,
  enum: enumOf,
  literal,
  number,
  object,
  record,
  string,
  tuple,
  unknown,
  url,
} as const;

/** The type a schema parses to, as `z.infer` gives it. */
export type { output as Infer, ZodError } from 'zod';
