/**
 * Every number the lesson text states, computed again with src/lib and looked up in the page's MDX
 * source, so a test fails as soon as the prose and the library drift apart.
 *
 * Numbers written literally in a page (mostly inside TeX) are formatted here and must appear in the
 * source verbatim. Numbers a page renders at build time ({…} in MDX, the widgets' default states) cannot
 * drift from the library; for those the test checks the library against outside references (scipy,
 * noted beside each value) and checks the claims the surrounding words make (which fit wins, how many
 * optima, which side of a threshold), because those words would not update themselves.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crossEntropy, entropy, kl, klContributions } from '../discrete/divergence';
import { drawAndSummarize } from '../sampling/mle-draw';
import { nllStandardDeviation } from '../sampling/discrete-sample';
import { DEFAULT_COMPONENTS, toMixture, type RawComponent } from '../mixture/params';
import { FIT_PRESETS } from '../mixture/presets';
import { summarizeFits } from '../fits/summary';
import { reverseFit } from '../fits/reverse-fit';
import { jsDivergence, jsFit } from '../fits/js';
import { mixtureLogPdf, mixturePdf, mixtureMean, type Mixture } from '../mixture/mixture';
import { gaussianLogPdf, gaussianPdf, klGaussian } from '../mixture/gaussian';
import { gaussLegendre } from '../numeric/quadrature';
import { bitsPerDim, DEFAULT_METRIC_INPUTS, nllBits, perplexity } from '../metrics/perplexity';
import type { Gaussian } from '../fits/divergences';

/** The MDX source of content/<slug>.mdx. */
const source = (slug: string): string => readFileSync(`content/${slug}.mdx`, 'utf8');

/** Fails unless every text appears verbatim in the page's source. */
function expectStated(slug: string, ...texts: string[]): void {
  const page = source(slug);
  for (const text of texts) expect(page, `content/${slug}.mdx should state “${text}”`).toContain(text);
}

/** x rounded to d decimals, as the prose writes it inside TeX (ASCII minus). */
const fixed = (x: number, d: number): string => x.toFixed(d);

/** |actual − reference| ≤ tol. */
function expectNear(actual: number, reference: number, tol: number): void {
  expect(Math.abs(actual - reference)).toBeLessThanOrEqual(tol);
}

const COIN = { p: [0.5, 0.5], q: [0.7, 0.3] };
const LN2 = Math.log(2);

describe('the coin (kl-divergence, worked-anchor, forward-kl-split, maximum-likelihood, three-names, what-changes)', () => {
  const forward = kl(COIN.p, COIN.q);
  const reverse = kl(COIN.q, COIN.p);
  const h = crossEntropy(COIN.p, COIN.q);

  it('kl(coin) is ½ ln(25/21), the 0.087 nats every page quotes', () => {
    expectNear(forward, 0.5 * Math.log(25 / 21), 1e-15);
    expectStated('index', `about $${fixed(forward, 3)}$ nats`);
    expectStated('worked-anchor', `\\tfrac12 \\ln\\tfrac{25}{21} = ${fixed(forward, 7)}\\ldots`, `${fixed(forward, 3)} \\text{ nats}`, `\\approx ${fixed(forward / LN2, 3)}$ bits`);
    expectStated('three-names', `the KL is $${fixed(forward, 4)}$ nats`);
    expectStated('what-changes', `$${fixed(forward, 4)}$`);
  });

  it('klContributions(coin) are the −0.168 and +0.255 terms, from ln(5/7) and ln(5/3)', () => {
    const [heads, tails] = klContributions(COIN.p, COIN.q);
    expectStated('worked-anchor', `0.5\\,(${fixed(Math.log(5 / 7), 4)})`, `0.5\\,(${fixed(Math.log(5 / 3), 4)})`);
    expectStated('worked-anchor', `${fixed(heads!, 3)} \\;+\\; ${fixed(tails!, 3)}`, `$+${fixed(tails!, 3)}$`, `$${fixed(heads!, 3)}$`);
  });

  it('the closed form ½ ln(1/(4t(1−t))) at t = 0.7 and t = 0.9 gives the forward KL of the page', () => {
    expectNear(0.5 * Math.log(1 / 0.84), forward, 1e-15);
    expectStated('worked-anchor', `\\tfrac12\\ln\\tfrac{1}{0.84} \\approx ${fixed(forward, 4)}`);
    const far = kl(COIN.p, [0.9, 0.1]);
    expectNear(far, 0.5 * Math.log(1 / 0.36), 1e-15);
    expectStated('worked-anchor', `\\tfrac12\\ln\\tfrac{1}{0.36} \\approx ${fixed(far, 3)}`, `0.1\\ln 0.2 \\approx ${fixed(kl([0.9, 0.1], COIN.p), 3)}`);
  });

  it('kl(q, p) for the coin is the 0.0823 nats of the reverse direction, term by term', () => {
    const [t1, t2] = klContributions(COIN.q, COIN.p);
    expectStated('worked-anchor', `0.7\\,(${fixed(Math.log(1.4), 4)})`, `0.3\\,(${fixed(Math.log(0.6), 4)})`);
    expectStated('worked-anchor', `${fixed(t1!, 4)} - ${fixed(-t2!, 4)}`, `${fixed(reverse, 4)} \\text{ nats}`, `$${fixed(reverse, 4)}$ nats`);
  });

  it('the calculator slider taken to q = [1, 0] leaves KL(q‖p) at ln 2', () => {
    expect(kl(COIN.p, [1, 0])).toBe(Infinity);
    expectNear(kl([1, 0], COIN.p), LN2, 1e-15);
    expectStated('worked-anchor', `\\ln 2 \\approx ${fixed(LN2, 3)}`);
  });

  it('crossEntropy(coin) − entropy(p) is the KL: 0.7803 − 0.6931 = 0.0872', () => {
    expectNear(h - entropy(COIN.p), forward, 1e-15);
    expectStated('forward-kl-split', `0.5\\,(${fixed(-Math.log(0.7), 4)}) + 0.5\\,(${fixed(-Math.log(0.3), 4)}) \\approx ${fixed(h, 4)}`);
    expectStated('forward-kl-split', `\\ln 2 \\approx ${fixed(LN2, 4)}`, `${fixed(h, 4)} - ${fixed(LN2, 4)} = ${fixed(forward, 4)}`);
    expectStated('three-names', `the cross-entropy is $${fixed(h, 4)}$ nats`);
    expectStated('what-changes', `$${fixed(h, 4)}$`, `$-${fixed(h, 4)}$`, `$\\ln 2 \\approx ${fixed(LN2, 4)}$`, `${fixed(h, 4)} - ${fixed(LN2, 4)} = ${fixed(forward, 4)}`);
    expectStated('paradigms', `$e^{${fixed(h, 4)}} \\approx ${fixed(perplexity(h), 2)}$`);
  });

  it('nllStandardDeviation(coin) is ½ ln(7/3), and σ/√N gives the standard errors of the maximum-likelihood page', () => {
    const sd = nllStandardDeviation(COIN.p, COIN.q);
    expectNear(sd, 0.5 * Math.log(7 / 3), 1e-15);
    expectStated('maximum-likelihood', `\\ln 0.7 \\approx ${fixed(Math.log(0.7), 3)}`, `\\ln 0.3 \\approx ${fixed(Math.log(0.3), 3)}`);
    expectStated('maximum-likelihood', `\\tfrac12 \\ln\\tfrac{7}{3} \\approx ${fixed(sd, 3)}`, `$\\sigma \\approx ${fixed(sd, 3)}$`);
    expectStated('maximum-likelihood', `about $${fixed(sd / 10, 3)}$ nats`, `about $${fixed(sd / 100, 4)}$`, `$${fixed(forward, 3)}$ nats`);
    expect(sd / 10).toBeGreaterThan(forward / 3); // "roughly half of the KL we are trying to detect"
    expect(sd / 10).toBeLessThan(forward / 1.5);
  });
});

describe('the sampler on the maximum-likelihood page', () => {
  const page = 'maximum-likelihood';

  it('the page drives the sampler with the coin, n = 1000 and seed 42, and renders the draw from drawAndSummarize', () => {
    expectStated(page, 'export const coin = { p: [0.5, 0.5], q: [0.7, 0.3], n: 1000, seed: 42 };');
    expectStated(page, 'drawAndSummarize(coin.p, coin.q, coin.n, coin.seed)', '<MleSampler p={coin.p} q={coin.q} n={coin.n} seed={coin.seed} />');
  });

  it('drawAndSummarize(coin, 1000, 42) lands less than one standard error from H(p, q), as the answer says', () => {
    const d = drawAndSummarize(COIN.p, COIN.q, 1000, 42);
    const se = nllStandardDeviation(COIN.p, COIN.q) / Math.sqrt(1000);
    expect(Math.abs(d.empiricalNll - d.crossEntropy)).toBeLessThan(se);
    expect(d.empiricalNll).toBeGreaterThan(d.crossEntropy); // "above the cross-entropy by …"
    expect(d.mleKl).toBeGreaterThan(0);
    expect(d.mleKl).toBeLessThan(1e-3); // "only …"
  });

  it('drawAndSummarize(coin, 1, 42) draws outcome 2, so KL(p‖q̂) is ∞ and add-one smoothing gives [1/3, 2/3]', () => {
    const d = drawAndSummarize(COIN.p, COIN.q, 1, 42);
    expect(d.counts).toEqual([0, 1]);
    expect(d.mleKl).toBe(Infinity);
    expect(Number.isFinite(d.empiricalNll)).toBe(true);
    const smoothed = d.counts.map((c) => (c + 1) / (1 + 2));
    const klSmoothed = kl(COIN.p, smoothed);
    expectNear(klSmoothed, 0.5 * Math.log(9 / 8), 1e-15);
    expectStated(page, '\\tilde q = [\\tfrac13, \\tfrac23]', `\\tfrac12\\ln\\tfrac98 \\approx ${fixed(klSmoothed, 4)}`);
  });
});

describe('label smoothing on the three-names page', () => {
  it('entropy of the smoothed target (ε = 0.1, K = 10) is the 0.500-nat floor of the answer', () => {
    const target = [0.91, ...Array<number>(9).fill(0.01)];
    expectNear(target.reduce((s, t) => s + t, 0), 1, 1e-12);
    const h = entropy(target);
    expectNear(h, -0.91 * Math.log(0.91) - 0.09 * Math.log(0.01), 1e-15); // by hand: 0.500288
    expectStated('three-names', `\\approx ${fixed(-0.91 * Math.log(0.91), 4)} + ${fixed(-0.09 * Math.log(0.01), 4)} \\approx ${fixed(h, 3)} \\text{ nats}`);
  });
});

describe('the KL divergence page', () => {
  const p = [0.9, 0.1];
  const q = [0.5, 0.5];

  it('kl([0.9, 0.1], [0.5, 0.5]) and its reverse are the 0.368 and 0.511 nats of the asymmetry example, term by term', () => {
    const [a, b] = klContributions(p, q);
    const [c, d] = klContributions(q, p);
    expectStated('kl-divergence', `${fixed(a!, 4)} - ${fixed(-b!, 4)} \\approx ${fixed(kl(p, q), 3)}`, `${fixed(c!, 4)} + ${fixed(d!, 4)} \\approx ${fixed(kl(q, p), 3)}`);
    expectStated('kl-divergence', `$${fixed(kl(p, q), 3)}$ and $${fixed(kl(q, p), 3)}$ nats, are $${fixed(kl(p, q) / LN2, 3)}$ and $${fixed(kl(q, p) / LN2, 3)}$ bits`);
  });

  it('the slider limits: KL(q‖p) settles at ln(1/0.9) and ln(1/0.1) while KL(p‖q) is ∞', () => {
    expect(kl(p, [1, 0])).toBe(Infinity);
    expect(kl(p, [0, 1])).toBe(Infinity);
    expectStated('kl-divergence', `\\ln\\frac{1}{0.9} \\approx ${fixed(kl([1, 0], p), 3)}`, `\\ln\\frac{1}{0.1} \\approx ${fixed(kl([0, 1], p), 3)}`);
  });

  it('klGaussian breaks the triangle inequality with means 0, 1, 2 as stated', () => {
    expect(klGaussian(0, 1, 2, 1)).toBeCloseTo(2, 14);
    expect(klGaussian(0, 1, 1, 1)).toBeCloseTo(0.5, 14);
    expectStated('kl-divergence', '\\mathcal{N}_2) &= 2,', '&= 0.5 + 0.5 = 1 \\;<\\; 2.');
  });
});

/** ∫ f over [a, b] by 8 panels of 64-point Gauss–Legendre. */
function integrate(f: (x: number) => number, a: number, b: number): number {
  const { nodes, weights } = gaussLegendre(64);
  const panels = 8;
  const h = (b - a) / panels;
  let sum = 0;
  for (let k = 0; k < panels; k++) {
    const mid = a + (k + 0.5) * h;
    for (let i = 0; i < nodes.length; i++) sum += weights[i]! * f(mid + 0.5 * h * nodes[i]!) * 0.5 * h;
  }
  return sum;
}

/** The equal-weight two-mode target ½N(−a, s²) + ½N(a, s²). */
const twoModes = (a: number, s: number): Mixture => toMixture([{ w: 0.5, mu: -a, sigma: s }, { w: 0.5, mu: a, sigma: s }]);
const isCentred = (g: Gaussian) => Math.abs(g.mu) < 1e-6;

describe('the forward-vs-reverse page and the kl-fits default target', () => {
  const page = 'forward-vs-reverse';
  const target = toMixture(DEFAULT_COMPONENTS);
  const fits = summarizeFits(target);

  it('DEFAULT_COMPONENTS is the target the page writes down, with the variance 0.36 + 4 = 4.36', () => {
    expect(DEFAULT_COMPONENTS).toEqual([{ w: 0.5, mu: -2, sigma: 0.6 }, { w: 0.5, mu: 2, sigma: 0.6 }]);
    expectStated(page, 'p = \\tfrac12\\,\\mathcal{N}(-2,\\ 0.6^2) + \\tfrac12\\,\\mathcal{N}(2,\\ 0.6^2)', '\\sigma^2 = 0.36 + 4 = 4.36');
    expectStated(page, 'export const target = toMixture(DEFAULT_COMPONENTS);', 'export const fits = summarizeFits(target);', '<KlFits />');
  });

  it('summarizeFits(default) agrees with scipy on every number the page renders', () => {
    expectNear(fits.forward.sigma, Math.sqrt(4.36), 1e-12);
    expectNear(fits.forwardKlOfForward, 0.5551555286321, 1e-7); // scipy.integrate.quad
    expectNear(fits.reverseKlOfForward, 1.2732390539439, 1e-7);
    expectNear(fits.forwardKlOfReverse, 10.2256021, 1e-5);
    expect(fits.reverseOptima).toHaveLength(3);
    const side = fits.reverseOptima.find((o) => o.mu > 1e-6)!;
    const centred = fits.reverseOptima.find(isCentred)!;
    expectNear(side.mu, 1.99707828, 1e-5);
    expectNear(side.sigma, 0.60485642, 1e-5);
    expectNear(side.kl, 0.6918360050286, 1e-7);
    expect(side.kl).toBeLessThan(LN2); // "a hair under ln 2"
    expect(LN2 - side.kl).toBeLessThan(0.002);
    expectNear(centred.sigma, 1.79027851, 1e-5);
    expectNear(centred.kl, 1.1383818776558, 1e-7);
    expect(isCentred(fits.reverse)).toBe(false); // a mode hugger is the global minimum, the centred one local
    expectNear(fits.reverse.kl, side.kl, 1e-9);
    expectNear(Math.abs(fits.reverse.mu), side.mu, 1e-6);
    expectNear(mixturePdf(target, 0), 0.0025704649938, 1e-12);
    expectNear(gaussianPdf(0, 0, fits.forward.sigma), 0.1910587012273, 1e-12);
    expectNear(mixturePdf(target, 2) / gaussianPdf(2, 0, fits.forward.sigma), 2.7528316379, 1e-8);
  });

  it('the forward fit’s reverse KL splits into gap, outer tails and modes as the page says', () => {
    const qF = fits.forward;
    const integrand = (x: number) => {
      const lq = gaussianLogPdf(x, qF.mu, qF.sigma);
      return Math.exp(lq) * (lq - mixtureLogPdf(target, x));
    };
    const gap = 2 * integrate(integrand, 0, 1);
    const modes = 2 * integrate(integrand, 1, 3);
    const tails = 2 * integrate(integrand, 3, 30);
    expectNear(gap + modes + tails, fits.reverseKlOfForward, 1e-9);
    expectNear(gap, 0.9611169574, 1e-8); // scipy
    expectNear(modes, -0.2512737124, 1e-8);
    expectNear(tails, 0.5633958089, 1e-8);
    expectStated(page, `about $${fixed(gap, 2)}$ nats`, `add $${fixed(tails, 2)}$ nats`, `about $${fixed(modes, 2)}$ nats`);
    const massInGap = integrate((x) => gaussianPdf(x, qF.mu, qF.sigma), -1, 1);
    const massInTails = 2 * integrate((x) => gaussianPdf(x, qF.mu, qF.sigma), 3, 30);
    const dataInGap = integrate((x) => mixturePdf(target, x), -1, 1);
    expectNear(massInGap, 0.3679995792, 1e-8);
    expectStated(page, `about ${Math.round(100 * massInGap)}% of it lies in`, `hold ${Math.round(100 * massInTails)}% of the fit's mass`);
    expect(dataInGap).toBeLessThan(0.05); // "where the data have under 5%"
    expect(massInGap).toBeLessThan(0.5); // "It does not put most of its mass in the empty gap"
  });

  it('reverseFit finds the side optima beyond ±2.41 s and preferred beyond ±2.80 s, at s = 1 and at the widget’s s = 0.6', () => {
    for (const s of [1, 0.6]) {
      expect(reverseFit(twoModes(2.40 * s, s)).optima).toHaveLength(1);
      expect(reverseFit(twoModes(2.42 * s, s)).optima).toHaveLength(3);
      expect(isCentred(reverseFit(twoModes(2.79 * s, s)).best)).toBe(true);
      expect(isCentred(reverseFit(twoModes(2.81 * s, s)).best)).toBe(false);
    }
    expectStated(page, '\\pm 2.41\\,s', '\\pm 2.80\\,s', 'At $s = 0.6$ that is $\\pm 1.45$ and $\\pm 1.68$');
    // The steps of 0.1 the question walks through: side optima vanish between ±1.5 and ±1.4, stop winning between ±1.7 and ±1.6.
    expect(reverseFit(twoModes(1.5, 0.6)).optima).toHaveLength(3);
    expect(reverseFit(twoModes(1.4, 0.6)).optima).toHaveLength(1);
    expect(isCentred(reverseFit(twoModes(1.7, 0.6)).best)).toBe(false);
    expect(isCentred(reverseFit(twoModes(1.6, 0.6)).best)).toBe(true);
    expectStated(page, 'between $\\pm 1.7$ and $\\pm 1.6$', 'between $\\pm 1.5$ and $\\pm 1.4$');
  });

  it('jsFit(default) is the broad centred Gaussian, better than hugging a mode, as the JS answer says', () => {
    const js = jsFit(target);
    expect(isCentred(js)).toBe(true);
    expectNear(js.sigma, 2.0634497, 1e-5); // scipy
    expectNear(js.js, 0.1548047092, 1e-7);
    const onMode = jsDivergence(target, { mu: 2, sigma: 0.6 });
    expectNear(onMode, 0.2153180875, 1e-7);
    expect(onMode).toBeGreaterThan(js.js);
    expectStated(page, 'export const js = jsFit(target);', '$\\mathcal{N}(2, 0.6^2)$');
  });

  it('jsFit prefers a mode only beyond about 4.2 component widths; the Well separated preset (4.3 widths) is beyond it', () => {
    expect(isCentred(jsFit(twoModes(4.15 * 0.6, 0.6)))).toBe(true);
    expect(isCentred(jsFit(twoModes(4.35 * 0.6, 0.6)))).toBe(false);
    const separated = FIT_PRESETS.find((p) => p.id === 'separated')!.components;
    expect(separated).toEqual([{ w: 0.5, mu: -3, sigma: 0.7 }, { w: 0.5, mu: 3, sigma: 0.7 }]);
    expect(Math.abs(jsFit(toMixture(separated)).mu)).toBeGreaterThan(2.9);
    expectStated(page, 'about $4.2$ component widths', 'modes at $\\pm 3$ with width $0.7$, about $4.3$ widths');
    expect(fixed(3 / 0.7, 1)).toBe('4.3');
  });

  describe('the presets the questions use', () => {
    const preset = (id: string): RawComponent[] => FIT_PRESETS.find((p) => p.id === id)!.components;

    it('Unequal weights: the heavy mode wins at ≈ ln(1/0.8), the light one is local at ≈ ln 5, the forward mean is 1', () => {
      expect(preset('unequal-weights')).toEqual([{ w: 0.2, mu: -3, sigma: 0.8 }, { w: 0.8, mu: 2, sigma: 0.8 }]);
      const s = summarizeFits(toMixture(preset('unequal-weights')));
      expect(s.reverseOptima).toHaveLength(2);
      expectNear(s.reverse.mu, 1.9963271657, 1e-5); // scipy
      expectNear(s.reverse.kl, 0.2218931435, 1e-7);
      expectNear(s.reverseOptima[1]!.mu, -2.9816112947, 1e-5);
      expectNear(s.reverseOptima[1]!.kl, 1.6031721211, 1e-7);
      expectNear(mixtureMean(toMixture(preset('unequal-weights'))), 1, 1e-15);
      expectStated('forward-vs-reverse', `\\ln(1/0.8) \\approx ${fixed(Math.log(1.25), 3)}`, `\\ln(1/0.2) \\approx ${fixed(Math.log(5), 2)}`, '0.2 \\cdot (-3) + 0.8 \\cdot 2 = 1');
      expectStated('forward-vs-reverse', 'a light mode at $-3$ and a heavy one at $2$');
    });

    it('Unequal widths: a broad Gaussian beats both modes; the narrow mode is local near ln 2', () => {
      expect(preset('unequal-widths')).toEqual([{ w: 0.5, mu: -2.5, sigma: 0.4 }, { w: 0.5, mu: 2, sigma: 1.6 }]);
      const s = summarizeFits(toMixture(preset('unequal-widths')));
      expect(s.reverseOptima).toHaveLength(2);
      expectNear(s.reverse.mu, 1.2093579873, 1e-5); // scipy
      expectNear(s.reverse.sigma, 2.1328845947, 1e-5);
      expectNear(s.reverse.kl, 0.5321515281, 1e-7);
      expect(s.reverse.kl).toBeLessThan(LN2);
      expectNear(s.reverseOptima[1]!.mu, -2.4813289908, 1e-5);
      expectNear(s.reverseOptima[1]!.kl, 0.6702592385, 1e-7);
      expectStated('forward-vs-reverse', 'a narrow mode at $-2.5$ ($\\sigma = 0.4$) and a wide one at $2$ ($\\sigma = 1.6$)');
    });

    it('Three modes: four local optima, the middle mode best at ≈ ln(1/0.4), the outer ones at ≈ ln(1/0.3), the broad one last', () => {
      expect(preset('three-modes')).toEqual([{ w: 0.3, mu: -5, sigma: 0.6 }, { w: 0.4, mu: 0, sigma: 0.8 }, { w: 0.3, mu: 5, sigma: 0.6 }]);
      const s = summarizeFits(toMixture(preset('three-modes')));
      expect(s.reverseOptima).toHaveLength(4);
      expectNear(s.reverse.kl, 0.9151975363, 1e-7); // scipy
      expectNear(s.reverse.sigma, 0.8063908083, 1e-5);
      expectNear(Math.abs(s.reverseOptima[1]!.mu), 4.9987425923, 1e-5);
      expectNear(s.reverseOptima[1]!.kl, 1.2034167558, 1e-7);
      expectNear(s.reverseOptima[3]!.sigma, 2.6175879313, 1e-5);
      expectNear(s.reverseOptima[3]!.kl, 1.2630293239, 1e-7);
      expectNear(s.forward.sigma, Math.sqrt(15.472), 1e-12);
      expectStated('forward-vs-reverse', 'Four: one on each mode', `\\ln(1/0.4) \\approx ${fixed(Math.log(2.5), 3)}`, `\\ln(1/0.3) \\approx ${fixed(Math.log(1 / 0.3), 2)}`);
      expectStated('forward-vs-reverse', 'weights $0.3$, $0.4$, $0.3$ at $-5$, $0$, $5$');
    });
  });
});

describe('the paradigms page', () => {
  const page = 'paradigms';

  it('the converter defaults are the numbers the page works through', () => {
    expect(DEFAULT_METRIC_INPUTS).toEqual({ nll: 3, imageNll: 6400, dims: 3072 });
    expectNear(bitsPerDim(6400, 3072), 6400 / (3072 * LN2), 1e-15);
    expectStated(page, 'export const metric = DEFAULT_METRIC_INPUTS;', '32 \\times 32 \\times 3 = 3072', 'about $6400$ nats per image, the converter\'s default');
  });

  it('perplexity(3) − perplexity(2.9): a factor e^−0.1 wherever one starts', () => {
    expectNear(perplexity(2.9) / perplexity(3), Math.exp(-0.1), 1e-15);
    expectStated(page, `$e^{-0.1} \\approx ${fixed(Math.exp(-0.1), 3)}$, a drop of about ${fixed(100 * (1 - Math.exp(-0.1)), 1)}%`);
    expectStated(page, `from $${fixed(perplexity(3), 2)}$ to $${fixed(perplexity(2.9), 2)}$`, `from $${fixed(perplexity(1), 3)}$ to $${fixed(perplexity(0.9), 3)}$`);
  });

  it('perplexity of 3000 nats over 1000 and over 2000 tokens', () => {
    expectStated(page, `$e^3 \\approx ${fixed(perplexity(3), 1)}$ and $e^{1.5} \\approx ${fixed(perplexity(1.5), 2)}$`);
    expectNear(perplexity(1.5) ** 2, perplexity(3), 1e-12);
  });

  it('bitsPerDim on the [0, 1) scale plus 8 is the 0–256 figure', () => {
    const dims = 3072;
    const shift = dims * Math.log(256);
    expectStated(page, `$3072 \\ln 256 \\approx ${Math.round(shift).toLocaleString('en-US').replace(',', '{,}')}$ nats`);
    const scaled = -10635;
    const bpdScaled = scaled / (dims * LN2);
    expectNear(bpdScaled + 8, bitsPerDim(scaled + shift, dims), 1e-12);
    expectStated(page, `$-10{,}635 / (3072 \\ln 2) \\approx ${fixed(bpdScaled, 3)}$`, `about $${fixed(bpdScaled + 8, 3)}$ bits per dimension`);
    expect(Math.abs(scaled + shift - 6400)).toBeLessThan(1);
    expect(fixed(bitsPerDim(6400, dims), 3)).toBe(fixed(bpdScaled + 8, 3));
  });

  it('Theis et al.’s noise mixture costs at most ln 100 nats, at most 0.0022 bits/dim on CIFAR-10', () => {
    expectStated(page, `$\\ln 100 \\approx ${fixed(Math.log(100), 2)}$ nats`, `at most $${fixed(nllBits(Math.log(100)) / 3072, 4)}$ bits per dimension`);
  });
});

describe('the what-changes page', () => {
  it('a perplexity drop from 20 to 18 is ln(20/18) nats per token', () => {
    expectStated('what-changes', `$\\ln(20/18) \\approx ${fixed(Math.log(20 / 18), 3)}$ nats`);
  });
});

describe('the overview page', () => {
  it('the self-check difference 2.10 − 2.05 is the 0.05 nats of its answer', () => {
    expectStated('index', `$2.10 - 2.05 = ${fixed(2.1 - 2.05, 2)}$ nats`);
  });
});
