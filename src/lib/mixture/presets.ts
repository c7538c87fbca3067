/** Preset targets for the kl-fits widget, each showing one behaviour of the two fits. */
import type { RawComponent } from './params';

export interface FitPreset {
  id: string;
  label: string;
  components: RawComponent[];
}

export const FIT_PRESETS: readonly FitPreset[] = [
  { id: 'separated', label: 'Well separated', components: [{ w: 0.5, mu: -3, sigma: 0.7 }, { w: 0.5, mu: 3, sigma: 0.7 }] },
  { id: 'overlapping', label: 'Overlapping', components: [{ w: 0.5, mu: -0.8, sigma: 1 }, { w: 0.5, mu: 0.8, sigma: 1 }] },
  { id: 'unequal-weights', label: 'Unequal weights (0.2/0.8)', components: [{ w: 0.2, mu: -3, sigma: 0.8 }, { w: 0.8, mu: 2, sigma: 0.8 }] },
  { id: 'unequal-widths', label: 'Unequal widths', components: [{ w: 0.5, mu: -2.5, sigma: 0.4 }, { w: 0.5, mu: 2, sigma: 1.6 }] },
  {
    id: 'three-modes',
    label: 'Three modes',
    components: [
      { w: 0.3, mu: -5, sigma: 0.6 },
      { w: 0.4, mu: 0, sigma: 0.8 },
      { w: 0.3, mu: 5, sigma: 0.6 },
    ],
  },
];
