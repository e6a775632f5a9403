import { build } from 'esbuild';
import { ContentError } from '../lambda/domain/content-validation';
import { LAMBDA_BUILD_OPTIONS, SKILL_ONLY_OPTIONS } from './lambda-build-options';

/**
 * Builds `dist/lambda/index.js`: one CommonJS file for the Node.js 22 Lambda
 * runtime, exporting an async `handler(event, context)`. The content is
 * validated while it is bundled, so a bad edit to `content/` fails here with
 * the field named.
 */
async function main(): Promise<void> {
  const result = await build({
    ...LAMBDA_BUILD_OPTIONS,
    ...SKILL_ONLY_OPTIONS,
    entryPoints: ['lambda/index.ts'],
    outfile: 'dist/lambda/index.js',
    metafile: true,
    logLevel: 'warning',
  });
  const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
  console.log(`dist/lambda/index.js: ${(bytes / 1024).toFixed(1)} KiB`);
}

main().catch((error: unknown) => {
  // esbuild reports a plugin's error with the error itself attached.
  const cause = (error as { errors?: { detail?: unknown }[] }).errors?.[0]?.detail;
  console.error(cause instanceof ContentError ? cause.message : error);
  process.exit(1);
});
