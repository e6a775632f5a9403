import { config } from 'zod/mini';
import { en } from 'zod/locales';

/**
 * The skill's one import of zod: zod/mini, zod 4's functional API, whose
 * builders and checks are separate functions the bundler drops when unused
 * (`z.optional(x)`, `x.check(z.minLength(1))`, where classic zod chains
 * methods that keep all of it). Import it as a namespace,
 * `import * as z from './zod'`: esbuild shakes a namespace import used by
 * property, but not a namespace re-exported as a value (`export * as z`),
 * which would ship every builder and every language's messages.
 */
export * from 'zod/mini';

// zod/mini registers no language, so an issue without a message of its own
// would read only "Invalid input"; classic zod registered English itself.
// English alone (about 3 KiB) keeps the messages the build prints for bad
// content, and a bad deploy's configuration error, as they were.
config(en());
