// @ts-check
/**
 * The layering of lambda/: dependencies point one way, down (alexa, conversation, speech/screen/storage,
 * domain), and the pure core (domain, speech, screen) imports no SDK and does no I/O. Kept apart from the
 * rest of the lint configuration so a test can prove each rule fails a wrong import.
 */

/** Packages that talk to the outside world: SDKs and Node's I/O. The pure core imports none of them. */
const OUTSIDE = [
  'ask-sdk-core',
  'ask-sdk-model',
  'ask-sdk-*',
  '@aws-sdk/*',
  'aws-lambda',
  'node:*',
  'fs',
  'fs/*',
  'http',
  'https',
  'net',
  'child_process',
  'crypto',
  'os',
  'path',
];

/** A layer may not import these folders of lambda/: the ones above it, and for the core, the I/O beside it. */
const folders = (...names) => names.flatMap((name) => [`**/${name}`, `**/${name}/**`]);

/** The rule that keeps one layer's imports pointing down. */
const layer = (message, forbidden) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
});

/** The top of lambda/: the composition root and the Lambda entry point; nothing inside lambda/ may import them. */
const ROOT = ['**/compose-skill', '**/lambda/index', '../index', '../../index'];

/** The layer rules, as ESLint flat-config entries. */
export const layers = [
  {
    files: ['lambda/domain/**/*.ts', 'lambda/speech/**/*.ts', 'lambda/screen/**/*.ts'],
    rules: {
      // The pure core takes time and randomness as inputs, so a test can fix them.
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Take the time as an input: the core is pure.' },
        { object: 'Math', property: 'random', message: 'Take randomness as an input: the core is pure.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Take the time as an input: the core is pure.' },
      ],
    },
  },
  {
    files: ['lambda/domain/**/*.ts'],
    rules: layer('domain/ is pure: no SDK, no I/O, and nothing from the layers above it.', [
      ...OUTSIDE,
      ...folders('speech', 'screen', 'storage', 'conversation', 'alexa'),
      '**/config',
      '**/log',
      ...ROOT,
    ]),
  },
  {
    files: ['lambda/speech/**/*.ts', 'lambda/screen/**/*.ts'],
    rules: layer('speech/ and screen/ are pure: they may use domain/ only, with no SDK and no I/O.', [
      ...OUTSIDE,
      ...folders('storage', 'conversation', 'alexa'),
      '**/config',
      '**/log',
      ...ROOT,
    ]),
  },
  {
    files: ['lambda/storage/**/*.ts'],
    rules: layer('storage/ sits on domain/: it may not reach the turn, the adapter, speech or screens.', [
      'ask-sdk-core',
      'ask-sdk-model',
      ...folders('speech', 'screen', 'conversation', 'alexa'),
      ...ROOT,
    ]),
  },
  {
    files: ['lambda/conversation/**/*.ts'],
    rules: layer('conversation/ takes plain inputs: no Alexa SDK and nothing from alexa/.', [
      'ask-sdk-core',
      'ask-sdk-model',
      'aws-lambda',
      ...folders('alexa'),
      ...ROOT,
    ]),
  },
  {
    files: ['lambda/alexa/**/*.ts', 'lambda/config.ts', 'lambda/log.ts', 'lambda/zod.ts'],
    rules: layer('Only tools and tests build the skill from the composition root.', ROOT),
  },
];
