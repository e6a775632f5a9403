/** A screen as a device reports it in `context.Viewport`. */
export interface ReportedScreen {
  readonly shape: 'ROUND' | 'RECTANGLE';
  readonly pixelWidth: number;
  readonly pixelHeight: number;
  readonly dpi: number;
  readonly mode?: string;
  readonly touch?: readonly string[];
}

/** An Echo Show 8: 1280 × 800 pixels at 213 dpi (960 × 600 dp), touch. */
export const ECHO_SHOW_8: ReportedScreen = {
  shape: 'RECTANGLE',
  pixelWidth: 1280,
  pixelHeight: 800,
  dpi: 213,
  mode: 'HUB',
  touch: ['SINGLE'],
};

/** The envelope as an Echo Show would send it: the device lists APL and reports its screen. */
export function onEchoShow<T>(event: T, screen: ReportedScreen = ECHO_SHOW_8): T {
  const envelope = event as { context?: { System?: { device?: { supportedInterfaces?: Record<string, unknown> } }; Viewport?: unknown } };
  const device = envelope.context?.System?.device;
  if (!envelope.context || !device) return event;
  device.supportedInterfaces = { ...device.supportedInterfaces, 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.2' } } };
  envelope.context.Viewport = screen;
  return event;
}
