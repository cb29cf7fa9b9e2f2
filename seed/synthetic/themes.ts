// Themes drawn with the skew of shape.ts (a few themes dominate), and how much
// donors favour a set of themes: the geometric mean of their appeal, so that a
// theme donors neglect drags its partnerships down even beside a favoured one.
import { THEMES, type Theme } from '../../server/domain/enums.ts';
import type { Random } from './random.ts';
import { THEME_APPEAL, THEME_FREQUENCY } from './shape.ts';
import { WeightedPool } from './weighted-pool.ts';

const themePool = new WeightedPool<Theme>(THEMES.map((t) => [t, THEME_FREQUENCY[t]]));

/** 1..`max` distinct themes, each one more `ratio` as likely. */
export function drawThemes(random: Random, ratio: number, max = 3): Theme[] {
  return themePool.drawDistinct(random, random.geometric(1, max, ratio));
}

export const themeAppeal = (themes: readonly Theme[]) =>
  themes.length ? Math.exp(themes.reduce((sum, t) => sum + Math.log(THEME_APPEAL[t]), 0) / themes.length) : 0;
