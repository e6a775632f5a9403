import type { RequestEnvelope } from 'ask-sdk-model';
import type { ScreenViewport } from '../screen/screen-layout';
import * as z from '../zod';

/** Alexa measures screens in pixels at a density; APL lays out in dp, where 160 dpi is one pixel a dp. */
const DP_DPI = 160;

/** The parts of `context.Viewport` the layout needs; anything else a device reports is ignored. */
const viewportSchema = z.looseObject({
  shape: z.enum(['ROUND', 'RECTANGLE']),
  pixelWidth: z.number().check(z.positive()),
  pixelHeight: z.number().check(z.positive()),
  currentPixelWidth: z.optional(z.number().check(z.positive())),
  currentPixelHeight: z.optional(z.number().check(z.positive())),
  dpi: z.number().check(z.positive()),
  mode: z.optional(z.string()),
  touch: z.optional(z.array(z.string())),
});

/**
 * The screen a request came from, or null when the device shows no APL: it does not list the
 * `Alexa.Presentation.APL` interface, or it reports no readable viewport. A device that shows nothing is never sent
 * a document.
 */
export function screenViewportOf(envelope: RequestEnvelope): ScreenViewport | null {
  const interfaces = envelope.context?.System?.device?.supportedInterfaces as Record<string, unknown> | undefined;
  if (!interfaces?.['Alexa.Presentation.APL']) return null;
  const parsed = viewportSchema.safeParse(envelope.context?.Viewport);
  if (!parsed.success) return null;
  const v = parsed.data;
  const dp = (pixels: number): number => Math.round((pixels * DP_DPI) / v.dpi);
  return {
    shape: v.shape === 'ROUND' ? 'round' : 'rectangle',
    widthDp: dp(v.currentPixelWidth ?? v.pixelWidth),
    heightDp: dp(v.currentPixelHeight ?? v.pixelHeight),
    mode: (v.mode ?? 'HUB').toLowerCase(),
    touch: (v.touch ?? []).length > 0,
  };
}
