import { spawnSync } from 'node:child_process';

/** Whether `--speak` can be heard: espeak-ng installed and an audio device to play through. */
export type SpeechCheck = 'ready' | 'not-installed' | 'no-audio-device';

/** ALSA and PulseAudio's ways of saying there is nothing to play through. */
const NO_DEVICE = /cannot find card|unknown pcm|no such device|connection refused|audio open error/i;

/**
 * Says one silent word with espeak-ng to learn, once, whether speaking
 * aloud can work here. espeak-ng exits 0 even with no sound card, so its
 * complaints on stderr are what tell.
 */
export function checkSpeech(): SpeechCheck {
  const result = spawnSync('espeak-ng', ['-a', '0', '.'], { encoding: 'utf8', timeout: 5000 });
  if (result.error) return 'not-installed';
  return result.status !== 0 || NO_DEVICE.test(result.stderr) ? 'no-audio-device' : 'ready';
}
