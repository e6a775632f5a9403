import { SPEECH_RENDERERS, type SpeechRenderer } from '../../lambda/config';
import { LOCALES, type Locale } from '../interaction-model/build-model';
import { LOCAL_DATABASE_DIR } from './local-database';

/** How the simulator plays Alexa's answers. */
export interface SimulatorOptions {
  /** Skip waiting: pauses are shown, not waited out. */
  readonly fast: boolean;
  /** Speak through espeak-ng (when installed) instead of only printing. */
  readonly speak: boolean;
  /** Alexa's listening window: reprompt after 8 s of quiet, end the session after 8 s more. */
  readonly timeouts: boolean;
  readonly renderer: SpeechRenderer;
  readonly locale: Locale;
  /** Who is talking: progress is kept per user, so another name starts as a new user. */
  readonly user: string;
  /** The folder the local database keeps its files in. */
  readonly dataDir: string;
  /** Act as an Echo Show and serve its screen on this loopback port (0: any free port); null for a device without a screen. */
  readonly screen: number | null;
}

/** The screen preview's port when `--screen` names none. */
export const DEFAULT_SCREEN_PORT = 7070;

/** The `--help` text. */
export const USAGE = `Usage: npm start -- [options]

Talk to the real skill handler in your terminal. Type what you would say to Alexa.

Options:
  --fast             show pauses and holds without waiting them out
  --speak            also speak Alexa's words aloud with espeak-ng (if installed)
  --no-timeouts      wait for you forever instead of Alexa's 8 s listening window
  --renderer=NAME    apla (default) or ssml: how hold responses are rendered
  --locale=LOCALE    one of ${LOCALES.join(', ')} (default en-US)
  --user=NAME        who is talking (default "you"); another name starts as a new user
  --data=DIR         where the local database keeps progress (default .local/dynamodb)
  --screen[=PORT]    act as an Echo Show and show its screen at http://127.0.0.1:PORT/ (default ${DEFAULT_SCREEN_PORT})
  --help             this text`;

/** A flag whose value is not one it takes: the message names the flag and what it takes. */
const badValue = (flag: string, value: string | undefined, allowed: string): { error: string } => ({
  error: value ? `${flag}=${value} is not a value it takes: ${flag} takes ${allowed}` : `${flag} needs a value: ${flag} takes ${allowed}`,
});

/** Parses the command line; unknown flags and bad values are errors, so typos are not silently ignored. */
export function parseOptions(argv: readonly string[]): SimulatorOptions | { error: string } | 'help' {
  let fast = false;
  let speak = false;
  let timeouts = true;
  let renderer: SpeechRenderer = 'apla';
  let locale: Locale = 'en-US';
  let user = 'you';
  let dataDir = LOCAL_DATABASE_DIR;
  let screen: number | null = null;
  for (const arg of argv) {
    const [flag, value] = arg.split('=', 2);
    if (flag === '--help' || flag === '-h') return 'help';
    else if (flag === '--fast') fast = true;
    else if (flag === '--speak') speak = true;
    else if (flag === '--no-timeouts') timeouts = false;
    else if (flag === '--renderer') {
      if (!SPEECH_RENDERERS.includes(value as SpeechRenderer)) return badValue(flag, value, SPEECH_RENDERERS.join(' or '));
      renderer = value as SpeechRenderer;
    } else if (flag === '--locale') {
      if (!LOCALES.includes(value as Locale)) return badValue(flag, value, `one of ${LOCALES.join(', ')}`);
      locale = value as Locale;
    } else if (flag === '--user') {
      if (!value || !/^[A-Za-z0-9_-]{1,40}$/.test(value)) return badValue(flag, value, 'a name of letters, digits, _ or -, up to 40');
      user = value;
    } else if (flag === '--data') {
      if (!value) return badValue(flag, value, 'a folder');
      dataDir = value;
    } else if (flag === '--screen') {
      const port = value === undefined ? DEFAULT_SCREEN_PORT : /^\d{1,5}$/.test(value) ? Number(value) : NaN;
      if (!(port >= 0 && port <= 65535)) return badValue(flag, value, 'a port number, 0 to 65535');
      screen = port;
    } else return { error: `Unknown option ${arg}` };
  }
  return { fast, speak, timeouts: timeouts && !fast, renderer, locale, user, dataDir, screen };
}
