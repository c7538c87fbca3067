import { bench } from 'vitest';
import { sampleMixture } from '~/lib/sampling/mixture-sample';
import { createRngFill } from '~/lib/sampling/random';
const p = [{ weight: 0.5, mu: -2, sigma: 0.6 }, { weight: 0.5, mu: 2, sigma: 0.6 }];
let seed = 0;
bench('sampleMixture 1e6', () => { sampleMixture(p, 1e6, seed++); });
bench('fill 2.27e6', () => { const f = createRngFill(seed++); const u = new Float64Array(4096); for (let k = 0; k < 555; k++) f(u); });
