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

/** Where things go on one screen, sized for it; every number is in dp. */
export interface ScreenLayout {
  /** Round (Echo Spot) stacks everything in the middle; landscape puts the figure beside the words; portrait above them. */
  readonly kind: 'round' | 'landscape' | 'portrait';
  readonly widthDp: number;
  readonly heightDp: number;
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
  readonly touch: boolean;
}

/** The landscape design is drawn for an Echo Show 8 (1024 × 600 dp) and scaled from there. */
const LANDSCAPE_BASE = { width: 1024, height: 600 };
/** The portrait design is drawn for 600 × 1024 dp. */
const PORTRAIT_BASE = { width: 600, height: 1024 };
/** Text never shrinks below what can be read from a couple of metres, nor grows past a TV's comfortable size. */
const MIN_SCALE = 0.75;
const MAX_SCALE = 1.9;

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/** The layout for a screen: the text, figure and buttons sized so that everything fits it. */
export function layoutFor(viewport: ScreenViewport): ScreenLayout {
  const { widthDp, heightDp, touch } = viewport;
  if (viewport.shape === 'round') {
    // An Echo Spot's 480 dp circle: the corners are not there, so the content is a narrow column in the middle.
    const s = clamp(Math.min(widthDp, heightDp) / 480, MIN_SCALE, MAX_SCALE);
    return {
      kind: 'round',
      widthDp,
      heightDp,
      padding: Math.round(36 * s),
      figure: Math.round(170 * s),
      titleSize: Math.round(26 * s),
      subtitleSize: Math.round(18 * s),
      cueSize: Math.round(20 * s),
      countdownSize: Math.round(44 * s),
      buttonHeight: Math.round(40 * s),
      buttonWidth: Math.round(120 * s),
      buttonTextSize: Math.round(18 * s),
      footer: touch ? Math.round(88 * s) : Math.round(44 * s),
      touch,
    };
  }
  const portrait = heightDp > widthDp * 1.2;
  const base = portrait ? PORTRAIT_BASE : LANDSCAPE_BASE;
  const s = clamp(Math.min(widthDp / base.width, heightDp / base.height), MIN_SCALE, MAX_SCALE);
  const padding = Math.round(32 * s);
  const footer = touch ? Math.round(84 * s) : Math.round(48 * s);
  const room = portrait ? widthDp - 2 * padding : heightDp - 2 * padding - footer;
  return {
    kind: portrait ? 'portrait' : 'landscape',
    widthDp,
    heightDp,
    padding,
    figure: Math.round(Math.min(room, (portrait ? heightDp * 0.4 : widthDp * 0.42) - padding)),
    titleSize: Math.round(40 * s),
    subtitleSize: Math.round(24 * s),
    cueSize: Math.round(30 * s),
    countdownSize: Math.round(96 * s),
    buttonHeight: Math.round(60 * s),
    buttonWidth: Math.round(180 * s),
    buttonTextSize: Math.round(26 * s),
    footer,
    touch,
  };
}
