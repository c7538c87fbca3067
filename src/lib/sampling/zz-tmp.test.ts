import { it } from 'vitest';
import { deterministicLog } from '~/lib/numeric/deterministic-log';
import { sampleMixture } from '~/lib/sampling/mixture-sample';
it('time', () => {
  let diff = 0, n = 0;
  const xs = [5e-324, 1e-310, 2.2250738585072014e-308, 1e-300, 1e-10, 0.5, 0.7071, 0.7072, 0.99999999, 1, 1.0000001, 1.4142, 1.4143, 2, 3, 10, 1e10, 1e300, 1.7976931348623157e308];
  for (const x of xs) if (deterministicLog(x) !== Math.log(x)) { diff++; console.log('diff', x, deterministicLog(x), Math.log(x)); }
  for (let i = 0; i < 1e6; i++) { const x = Math.exp((Math.random() - 0.5) * 1400); n++; if (deterministicLog(x) !== Math.log(x)) diff++; }
  console.log('diffs', diff, 'of', n);
  for (let r = 0; r < 6; r++) {
    let t = performance.now();
    let acc = 0;
    for (let k = 0; k < 500000; k++) acc += deterministicLog((k + 0.5) / 500000);
    const tl = performance.now() - t;
    t = performance.now();
    let acc2 = 0;
    for (let k = 0; k < 500000; k++) acc2 += Math.log((k + 0.5) / 500000);
    const tm = performance.now() - t;
    t = performance.now();
    sampleMixture([{ weight: 0.5, mu: -2, sigma: 0.6 }, { weight: 0.5, mu: 2, sigma: 0.6 }], 1e6, r);
    console.log('log', tl.toFixed(1), 'Math.log', tm.toFixed(1), 'sample', (performance.now() - t).toFixed(1));
  }
});
