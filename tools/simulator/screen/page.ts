/// <reference lib="dom" />
import type { AvgGraphic } from '../../../lambda/screen/avg';
import type { ScreenView } from '../../../lambda/screen/screen-view';
import { avgSvg } from '../../figures/avg-svg';

/**
 * The screen preview's script, bundled into the page: it draws what the Echo Show's document binds to (the
 * datasource's screen and the document's figure) and runs the cue and countdown from the same steps, on a clock
 * that `?speed=N` can run N times faster.
 */

/** One screen as the simulator sends it: when it was sent (the audio starts then), and what the device got. */
export interface PreviewFrame {
  readonly sentAt: number;
  readonly screen: Omit<ScreenView, 'card'>;
  readonly figure: AvgGraphic | null;
}

const speed = Math.max(0.1, Number(new URLSearchParams(location.search).get('speed') ?? '1') || 1);
const element = (id: string): HTMLElement => document.getElementById(id) as HTMLElement;
let frame: PreviewFrame | null = null;

/** The cue and the seconds left `elapsedMs` into the response, as the device's commands leave them. */
function moment(screen: PreviewFrame['screen'], elapsedMs: number): { cue: string; left: number } {
  let cue = screen.text;
  let left = 0;
  for (const step of screen.steps) {
    if (step.atMs > elapsedMs) break;
    if (step.kind === 'cue') {
      cue = step.text;
      left = 0;
    } else {
      const end = step.atMs + step.ms;
      left = elapsedMs < end ? Math.ceil((end - elapsedMs) / 1000) : 0;
    }
  }
  return { cue, left };
}

function tick(): void {
  if (frame?.screen.kind === 'guide') {
    const { cue, left } = moment(frame.screen, (Date.now() - frame.sentAt) * speed);
    element('cue').textContent = cue;
    element('countdown').textContent = left > 0 ? String(left) : '';
    element('seconds').textContent = left > 0 ? frame.screen.secondsLabel : '';
  }
  requestAnimationFrame(tick);
}

function draw(next: PreviewFrame): void {
  frame = next;
  const { screen } = next;
  document.getElementById('waiting')?.remove();
  element('device').classList.toggle('alert', screen.alert);
  element('title').textContent = screen.title;
  element('subtitle').textContent = screen.subtitle ?? '';
  element('figure').innerHTML = next.figure ? avgSvg(next.figure) : '';
  element('timer').style.display = screen.kind === 'guide' ? 'flex' : 'none';
  element('cue').textContent = screen.kind === 'guide' ? screen.text : '';
  element('countdown').textContent = '';
  element('seconds').textContent = '';
  element('lines').replaceChildren(
    ...screen.lines.map((line) => {
      const node = document.createElement('p');
      node.textContent = line;
      return node;
    }),
  );
  const footer = element('footer');
  footer.replaceChildren(
    ...screen.buttons.map((button) => {
      const node = document.createElement('button');
      node.textContent = button.label;
      node.dataset['action'] = button.action;
      node.addEventListener('click', () => void fetch('/touch', { method: 'POST', body: button.action }));
      return node;
    }),
  );
}

new EventSource('/events').addEventListener('message', (event: MessageEvent<string>) => draw(JSON.parse(event.data) as PreviewFrame));
requestAnimationFrame(tick);
