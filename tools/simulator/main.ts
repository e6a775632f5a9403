import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createInterface } from 'node:readline';
import { composeSkill } from '../../lambda/compose-skill';
import { claimDataDir } from './data-lock';
import { startLocalDatabase } from './local-database';
import { checkSpeech } from './speech-check';
import { parseOptions, USAGE, type SimulatorOptions } from './options';
import { play, responseSegments } from './playback';
import { opensSkill, route } from './route';
import { FIRST_PHRASES } from './launch-phrases';
import { languageOf } from '../../lambda/domain/language';
import { localReminders } from './local-reminders';
import { createVirtualAlexa } from './virtual-alexa';
import { onEchoShow } from './screen/echo-show';
import { frameOf, startScreenPreview } from './screen/preview-server';
import { APL_TOKEN } from '../../lambda/screen/apl-document';
import type { VirtualAlexa } from 'virtual-alexa';

/** Alexa listens about 8 s after a response, reprompts, listens 8 s more, then closes the session. */
const LISTEN_MS = 8000;
/** virtual-alexa's SessionEndedReason.EXCEEDED_MAX_REEN. */
const EXCEEDED_MAX_REPROMPTS = 1;

/** Marks a queued line as a touch on the screen preview rather than something typed. */
const TOUCH = ':touch ';

/** A button touched on the screen: the UserEvent an Echo Show sends, in the current session. */
function touch(va: VirtualAlexa, action: string): Promise<unknown> {
  return va
    .request()
    .requestType('Alexa.Presentation.APL.UserEvent')
    .set('request.token', APL_TOKEN)
    .set('request.arguments', [action])
    .send();
}

const dim = (text: string): string => (process.stdout.isTTY ? `\x1b[2m${text}\x1b[0m` : text);

function describeRequest(event: RequestEnvelope): string {
  const request = event.request;
  if (request.type !== 'IntentRequest') return request.type;
  const slots = Object.values(request.intent.slots ?? {})
    .filter((slot) => slot.value)
    .map((slot) => {
      // Built-in slot types (a time, a number) carry no entity resolution: their value is what Alexa sends.
      if (!slot.resolutions) return `${slot.name}=${slot.value}`;
      const id = slot.resolutions.resolutionsPerAuthority?.[0]?.values?.[0]?.value?.id;
      return `${slot.name}=${id ?? `"${slot.value}" (no match)`}`;
    });
  return [request.intent.name, ...slots].join(' ');
}

async function main(options: SimulatorOptions): Promise<void> {
  // The Lambda runs Node.js 22; on a newcomer's Node 20 the SDK's upgrade notice would only interrupt the conversation.
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
  const claim = claimDataDir(options.dataDir);
  if (!claim.ok) {
    console.error(
      `Another simulator (process ${claim.heldBy}) is already using ${options.dataDir}. Close it first, or give this one its own folder: npm start -- --data=.local/second`,
    );
    process.exit(1);
  }
  const database = await startLocalDatabase(options.dataDir);
  const speech = options.speak ? checkSpeech() : 'ready';
  if (speech !== 'ready') {
    const why = speech === 'not-installed' ? 'espeak-ng is not installed' : 'espeak-ng finds no audio device here';
    process.stdout.write(`(--speak: ${why}, so Alexa's lines are printed only.)\n`);
  }
  const speakOptions = { ...options, speak: options.speak && speech === 'ready' };
  const skill = composeSkill(
    { SPEECH_RENDERER: options.renderer, DYNAMODB_ENDPOINT: database.endpoint, TABLE_NAME: 'sciatica-stretches' },
    { log: () => undefined },
  );
  let lastRequest = '';
  const va = createVirtualAlexa(async (event) => {
    lastRequest = describeRequest(event as RequestEnvelope);
    return skill(options.screen === null ? event : onEchoShow(event));
  }, options.locale);
  va.context().user().setID(`amzn1.ask.account.${options.user}`);
  const reminders = await localReminders(va, options.user);

  const out = (text: string): void => void process.stdout.write(text);
  out(`Sciatica Stretches: local simulator (the real skill handler, ${options.locale} interaction model, ${options.renderer} renderer).\n`);
  const [first, oneShot] = FIRST_PHRASES[languageOf(options.locale)];
  out(`Type what you would say to Alexa. Try "${first}" or "${oneShot}".\n`);
  out(`During a hold you can type over Alexa, as you would say "Alexa, pause". Type :quit to leave.\n`);
  out(`Progress is kept in ${options.dataDir} for user "${options.user}".\n`);
  // A touch on the preview's buttons joins the typed lines, so it is answered in turn, as a device's UserEvent is.
  const preview = options.screen === null ? null : await startScreenPreview(options.screen, (action) => enqueue(`${TOUCH}${action}`));
  if (preview) out(`Acting as an Echo Show: its screen is at ${preview.url} (add ?speed=10 to run holds ten times faster).\n`);
  out('\n');

  const interactive = process.stdin.isTTY === true;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
  // Piped input (a script, a test) gets the typed line echoed instead of a prompt, so the transcript reads as a conversation.
  const prompt = (): void => (interactive ? rl.prompt() : undefined);
  let playing: AbortController | null = null;
  let listening: NodeJS.Timeout[] = [];
  const queue: string[] = [];
  let busy = false;

  const stopListening = (): void => {
    listening.forEach(clearTimeout);
    listening = [];
  };

  let sessionOpen = false;
  const listen = (response: ResponseEnvelope): void => {
    sessionOpen = response.response.shouldEndSession === false;
    if (!sessionOpen) {
      out(dim(`        (the session has ended: start again with "${first}")\n`));
      return;
    }
    if (!options.timeouts) return;
    const reprompt = response.response.reprompt;
    listening = [
      setTimeout(() => {
        out(dim('\n        (8 s of quiet: Alexa reprompts)\n'));
        if (reprompt)
          void play(
            responseSegments({ version: '1.0', response: reprompt }),
            { ...options, fast: true },
            { write: out, interactive: false },
            new AbortController().signal,
          );
        prompt();
      }, LISTEN_MS),
      setTimeout(() => {
        out(dim('\n        (no answer: Alexa closes the session)\n'));
        sessionOpen = false;
        void va.endSession(EXCEEDED_MAX_REPROMPTS);
        prompt();
      }, 2 * LISTEN_MS),
    ];
  };

  const handle = async (line: string): Promise<void> => {
    const typed = line.trim();
    if (!typed) return;
    if (typed === ':quit' || typed === ':q') {
      rl.close();
      return;
    }
    stopListening();
    const touched = typed.startsWith(TOUCH) ? typed.slice(TOUCH.length) : null;
    if (touched) out(`${interactive ? '\n' : ''}you>    (touches "${touched}" on the screen)\n`);
    else if (!interactive) out(`you>    ${typed}\n`);
    if (touched && !sessionOpen) {
      out(dim('        (no session is open: the screen shows the last answer, but its buttons reach no one)\n'));
      return;
    }
    if (!touched && !sessionOpen && !opensSkill(typed, options.locale)) {
      out(dim(`        (no session is open, so Alexa would not pass this to the skill: say "${first}", or "${oneShot}")\n`));
      return;
    }
    const { response, note } = touched ? { response: await touch(va, touched), note: undefined } : await route(va, typed, options.locale);
    const frame = preview ? frameOf(response as ResponseEnvelope, Date.now()) : null;
    if (frame) preview?.show(frame);
    out(dim(`        [${lastRequest}${note ? `; ${note}` : ''}]\n`));
    const changed = reminders.changes();
    if (changed) out(dim(`        (${changed})\n`));
    playing = new AbortController();
    await play(
      responseSegments(response as ResponseEnvelope),
      speakOptions,
      { write: out, interactive: process.stdout.isTTY === true },
      playing.signal,
    );
    const interrupted = playing.signal.aborted;
    playing = null;
    if (!interrupted) listen(response as ResponseEnvelope);
  };

  const drain = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    while (queue.length > 0) {
      await handle(queue.shift() ?? '');
      if (queue.length === 0) prompt();
    }
    busy = false;
  };

  rl.setPrompt('you>    ');
  function enqueue(line: string): void {
    if (playing && interactive) playing.abort();
    queue.push(line);
    void drain();
  }
  rl.on('line', (line) => {
    if (line.trim() !== '') enqueue(line);
  });
  rl.on('close', () => {
    stopListening();
    // Typing Ctrl-D stops Alexa at once; the end of piped input waits for the answers still due.
    if (interactive) playing?.abort();
    const finish = (): void => {
      out('\nGoodbye.\n');
      claim.release();
      void Promise.allSettled([database.close(), reminders.close(), preview?.close()]).finally(() => process.exit(0));
    };
    if (busy || queue.length > 0) {
      const wait = setInterval(() => {
        if (!busy && queue.length === 0) {
          clearInterval(wait);
          finish();
        }
      }, 20);
    } else finish();
  });
  prompt();
}

const parsed = parseOptions(process.argv.slice(2));
if (parsed === 'help') {
  console.log(USAGE);
} else if ('error' in parsed) {
  console.error(`${parsed.error}\n\n${USAGE}`);
  process.exit(2);
} else {
  main(parsed).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
