import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content } from '../support/content';

/** Debian's Chromium, which .ci/run installs; CHROMIUM_PATH points elsewhere on other machines. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** Holds run ten times faster in the page, so a 30 s hold passes in 3 s. */
const SPEED = 10;
/** Where the screenshots go: SCREENSHOT_DIR keeps them (the README's come from here), else a temporary folder. */
const shots = process.env['SCREENSHOT_DIR'] ?? mkdtempSync(join(tmpdir(), 'screen-preview-'));

let simulator: ChildProcessWithoutNullStreams;
let browser: Browser;
let page: Page;
let output = '';
let dataDir: string;

/** Resolves when the simulator has printed `text`. */
function printed(text: string | RegExp, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The simulator never printed ${String(text)}:\n${output}`)), timeoutMs);
    const check = (): void => {
      const match = typeof text === 'string' ? (output.includes(text) ? text : null) : (text.exec(output)?.[0] ?? null);
      if (match === null) return;
      clearTimeout(timer);
      simulator.stdout.off('data', check);
      resolve(match);
    };
    simulator.stdout.on('data', check);
    check();
  });
}

/** The share of the figure's box drawn in the screen's ink: read from the screenshot itself, in the browser's canvas. */
async function inkShare(png: Uint8Array, box: { x: number; y: number; width: number; height: number }): Promise<number> {
  const data = Buffer.from(png).toString('base64');
  return page.evaluate(
    async (base64, { x, y, width, height }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(Math.round(x), Math.round(y), Math.round(width), Math.round(height)).data;
      let ink = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! > 180 && pixels[i + 1]! > 180 && pixels[i + 2]! > 180) ink += 1;
      return ink / (pixels.length / 4);
    },
    data,
    box,
  );
}

const text = (selector: string): Promise<string> => page.$eval(selector, (element) => element.textContent ?? '');

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'screen-preview-data-'));
  mkdirSync(shots, { recursive: true });
  simulator = spawn(process.execPath, ['--import', 'tsx', 'tools/simulator/main.ts', '--fast', '--screen=0', `--data=${dataDir}`], {
    stdio: 'pipe',
  });
  simulator.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  simulator.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await printed(/http:\/\/127\.0\.0\.1:\d+\//);
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage();
  await page.setViewport({ width: 1056, height: 632 });
  await page.goto(`${url}?speed=${SPEED}`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  simulator?.stdin.end();
  await new Promise((resolve) => (simulator?.exitCode === null ? simulator.once('exit', resolve) : resolve(null)));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start -- --screen, in a real browser', () => {
  it('shows the welcome, then the stretch with its figure and a countdown that moves through the hold', async () => {
    expect(existsSync(CHROMIUM), `Chromium is expected at ${CHROMIUM} (apt-get install chromium)`).toBe(true);
    simulator.stdin.write('open sciatica stretches\n');
    await page.waitForFunction(() => document.querySelector('#title')?.textContent === 'Sciatica Stretches', { timeout: 30_000 });
    await page.screenshot({ path: join(shots, 'screen-welcome.png') });

    const first = content.stretch(content.routine('quick-relief')!.stretchIds[0]!)!;
    simulator.stdin.write('start quick relief\n');
    await page.waitForFunction((name) => document.querySelector('#title')?.textContent === name, { timeout: 30_000 }, first.name);
    simulator.stdin.write('next\n');
    await page.waitForFunction(() => (document.querySelector('#subtitle')?.textContent ?? '').startsWith('Right side'), {
      timeout: 30_000,
    });
    await page.waitForFunction(() => /^\d+$/.test(document.querySelector('#countdown')?.textContent ?? ''), { timeout: 30_000 });

    const before = Number(await text('#countdown'));
    const early = await page.screenshot({ path: join(shots, 'screen-hold-early.png') });
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const after = Number(await text('#countdown'));
    const late = await page.screenshot({ path: join(shots, 'screen-hold-late.png') });

    expect(await text('#title')).toBe(first.name);
    expect(await text('#subtitle')).toMatch(/^Right side · Stretch 1 of \d$/);
    expect(before).toBeGreaterThan(after);
    expect(before - after).toBeGreaterThanOrEqual(8);
    expect(Buffer.compare(Buffer.from(early), Buffer.from(late))).not.toBe(0);
    const box = (await (await page.$('#figure'))!.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    for (const shot of [early, late]) {
      const share = await inkShare(shot, box);
      // A line figure: some of the box inked, most of it not.
      expect(share).toBeGreaterThan(0.01);
      expect(share).toBeLessThan(0.3);
    }
    expect(await page.$$eval('#footer button', (buttons) => buttons.map((b) => b.textContent))).toEqual([
      'Repeat',
      'Pause',
      'Next',
      'It hurts',
    ]);
    writeFileSync(join(shots, 'countdown.txt'), `${before} then ${after}\n`);
  });

  it('a touch on Pause reaches the skill as the Echo Show would send it', async () => {
    await page.click('#footer button[data-action="pause"]');
    await printed('(touches "pause" on the screen)');
    await page.waitForFunction(() => document.querySelector('#title')?.textContent === 'Paused', { timeout: 30_000 });
    expect(await page.$$eval('#footer button', (buttons) => buttons.map((b) => b.textContent))).toEqual(['Resume', 'It hurts']);
    expect(await text('#countdown')).toBe('');
  });
});
