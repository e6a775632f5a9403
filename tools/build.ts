import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { ContentError, loadContent } from '../lambda/domain/content';
import { LAMBDA_BUILD_OPTIONS, SKILL_ONLY_OPTIONS } from './lambda-build-options';

/**
 * Builds `dist/lambda/index.js`: one CommonJS file for the Node.js 22 Lambda
 * runtime, exporting an async `handler(event, context)`. The content is
 * validated first, so a bad edit to `content/` fails here with the field named.
 */
async function main(): Promise<void> {
  const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
  try {
    loadContent(readJson('content/stretches.json'), readJson('content/routines.json'));
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
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
  console.error(error);
  process.exit(1);
});
