/** A device's screen as the request describes it, in density-independent pixels (dp). */
export interface ScreenViewport {
  readonly shape: 'round' | 'rectangle';
  readonly widthDp: number;
  readonly heightDp: number;
  /** "hub" for an Echo Show, "tv" for a Fire TV, "mobile" for a phone or tablet. */
  readonly mode: string;
  /** The screen takes touch: buttons are drawn, else the spoken commands are shown. */
  readonly touch: boolean;
}

/** The sizes of the things on a screen, in dp. */
export interface ScreenSizes {
  readonly padding: number;
  /** The figure's square box. */
  readonly figure: number;
  readonly titleSize: number;
  readonly subtitleSize: number;
  readonly cueSize: number;
  readonly countdownSize: number;
  readonly buttonHeight: number;
  readonly buttonWidth: number;
  readonly buttonTextSize: number;
  /** The height the button row (or, without touch, the hint) takes at the bottom. */
  readonly footer: number;
}

/** Where things go on one screen, sized for it. */
export interface ScreenLayout extends ScreenSizes {
  /** Round (Echo Spot) stacks everything in the middle; landscape puts the figure beside the words; portrait above them. */
  readonly kind: 'round' | 'landscape' | 'portrait';
  readonly widthDp: number;
  readonly heightDp: number;
  readonly touch: boolean;
}

/** A design at scale 1, which every layout scales to its screen; `hintFooter` is the footer without touch. */
interface Design extends ScreenSizes {
  readonly hintFooter: number;
}

/** An Echo Spot's 480 dp circle: the corners are not there, so the content is a narrow column in the middle. */
const ROUND: Design = {
  padding: 36,
  figure: 170,
  titleSize: 26,
  subtitleSize: 18,
  cueSize: 20,
  countdownSize: 44,
  buttonHeight: 40,
  buttonWidth: 120,
  buttonTextSize: 18,
  footer: 88,
  hintFooter: 44,
};
/** Rectangles: drawn for an Echo Show 8 (1024 × 600 dp) landscape, or 600 × 1024 upright; the figure fills the room left. */
const RECTANGLE: Design = {
  padding: 32,
  figure: 0,
  titleSize: 40,
  subtitleSize: 24,
  cueSize: 30,
  countdownSize: 96,
  buttonHeight: 60,
  buttonWidth: 180,
  buttonTextSize: 26,
  footer: 84,
  hintFooter: 48,
};
const LANDSCAPE_BASE = { width: 1024, height: 600 };
const PORTRAIT_BASE = { width: 600, height: 1024 };
/** Text never shrinks below what can be read from a couple of metres, nor grows past a TV's comfortable size. */
const MIN_SCALE = 0.75;
const MAX_SCALE = 1.9;

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/** A design at scale `s`, whole dp, on a screen of this size and touch. */
function scaled(design: Design, s: number, kind: ScreenLayout['kind'], viewport: ScreenViewport): ScreenLayout {
  const dp = (value: number): number => Math.round(value * s);
  const { figure: _figure, footer, hintFooter, ...sizes } = design;
  return {
    ...(Object.fromEntries(Object.entries(sizes).map(([name, value]) => [name, dp(value)])) as Omit<
      Design,
      'figure' | 'footer' | 'hintFooter'
    >),
    kind,
    widthDp: viewport.widthDp,
    heightDp: viewport.heightDp,
    figure: dp(design.figure),
    footer: dp(viewport.touch ? footer : hintFooter),
    touch: viewport.touch,
  };
}

/** The layout for a screen: the text, figure and buttons sized so that everything fits it. */
export function layoutFor(viewport: ScreenViewport): ScreenLayout {
  const { widthDp, heightDp } = viewport;
  if (viewport.shape === 'round') return scaled(ROUND, clamp(Math.min(widthDp, heightDp) / 480, MIN_SCALE, MAX_SCALE), 'round', viewport);
  const portrait = heightDp > widthDp * 1.2;
  const base = portrait ? PORTRAIT_BASE : LANDSCAPE_BASE;
  const layout = scaled(
    RECTANGLE,
    clamp(Math.min(widthDp / base.width, heightDp / base.height), MIN_SCALE, MAX_SCALE),
    portrait ? 'portrait' : 'landscape',
    viewport,
  );
  const room = portrait ? widthDp - 2 * layout.padding : heightDp - 2 * layout.padding - layout.footer;
  return { ...layout, figure: Math.round(Math.min(room, (portrait ? heightDp * 0.4 : widthDp * 0.42) - layout.padding)) };
}
