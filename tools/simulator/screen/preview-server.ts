import { buildSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { APL_DIRECTIVE } from '../../../lambda/screen/apl-document';
import type { AvgGraphic } from '../../../lambda/screen/avg';
import { TOUCH_ACTIONS, type TouchAction } from '../../../lambda/screen/touch-actions';
import type { PreviewFrame } from './page';

/** The preview page, with its script bundled in: built once, when the preview starts. */
function pageHtml(): string {
  const script = buildSync({
    entryPoints: [join(import.meta.dirname, 'page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
  }).outputFiles[0]?.text;
  if (!script) throw new Error('The screen preview script did not build');
  // A function replacement, so "$&" or "$'" in the script is not read as a replacement pattern.
  return readFileSync(join(import.meta.dirname, 'page.html'), 'utf8').replace('/*PAGE_SCRIPT*/', () => script);
}

/** What an APL RenderDocument directive carries that the preview draws. */
interface RenderDirective {
  readonly type: string;
  readonly document?: { readonly graphics?: { readonly figure?: AvgGraphic } };
  readonly datasources?: { readonly payload?: { readonly screen?: PreviewFrame['screen'] } };
}

/** The screen in a response, as the device gets it; null when the response has no APL document. */
export function frameOf(response: ResponseEnvelope, sentAt: number): PreviewFrame | null {
  const directive = (response.response.directives ?? []).find((d) => d.type === APL_DIRECTIVE) as RenderDirective | undefined;
  const screen = directive?.datasources?.payload?.screen;
  if (!screen) return null;
  return { sentAt, screen, figure: directive.document?.graphics?.figure ?? null };
}

/** A running preview: where to open it, how to show a response's screen, how to stop it. */
export interface ScreenPreview {
  readonly url: string;
  readonly show: (frame: PreviewFrame) => void;
  readonly close: () => Promise<void>;
}

/**
 * Serves the screen preview on the loopback interface only (nothing else on the network can open it): the page,
 * a server-sent event stream of screens (a page opened late gets the current one at once), and the buttons'
 * touches, which reach `onTouch` as the device's UserEvents reach the skill.
 */
export async function startScreenPreview(port: number, onTouch: (action: TouchAction) => void): Promise<ScreenPreview> {
  const html = pageHtml();
  const clients = new Set<ServerResponse>();
  let latest: PreviewFrame | null = null;
  const send = (client: ServerResponse, frame: PreviewFrame): void => void client.write(`data: ${JSON.stringify(frame)}\n\n`);
  const server = createServer((request, response) => {
    if (request.method === 'GET' && (request.url ?? '/').split('?')[0] === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(html);
    } else if (request.method === 'GET' && request.url === '/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      clients.add(response);
      if (latest) send(response, latest);
      request.on('close', () => clients.delete(response));
    } else if (request.method === 'POST' && request.url === '/touch') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8').slice(0, 32)));
      request.on('end', () => {
        const action = TOUCH_ACTIONS.find((known) => known === body.trim());
        response.writeHead(action ? 204 : 400).end();
        if (action) onTouch(action);
      });
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    show: (frame) => {
      latest = frame;
      clients.forEach((client) => send(client, frame));
    },
    close: () =>
      new Promise((resolve) => {
        clients.forEach((client) => client.end());
        server.close(() => resolve());
      }),
  };
}
