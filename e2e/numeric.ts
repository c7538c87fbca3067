/**
 * Reference numerics for the kl-fits tests, written independently of src/lib: densities and KL
 * divergences by the trapezoid rule on a fine grid, and moments in closed form.
 */
export type Component = { w: number; mu: number; sigma: number };

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const logNormal = (x: number, mu: number, sigma: number) => -0.5 * ((x - mu) / sigma) ** 2 - Math.log(sigma) - LOG_SQRT_2PI;
/** log Σ w·N(x) with the largest term factored out, so far tails stay finite. */
const logMixture = (c: Component[], x: number) => {
  const terms = c.map((k) => Math.log(k.w) + logNormal(x, k.mu, k.sigma));
  const top = Math.max(...terms);
  return top + Math.log(terms.reduce((s, t) => s + Math.exp(t - top), 0));
};

/** The mixture's mean and standard deviation (law of total variance). */
export function moments(c: Component[]): { mu: number; sigma: number } {
  const total = c.reduce((s, k) => s + k.w, 0);
  const mean = c.reduce((s, k) => s + (k.w / total) * k.mu, 0);
  const variance = c.reduce((s, k) => s + (k.w / total) * (k.sigma ** 2 + (k.mu - mean) ** 2), 0);
  return { mu: mean, sigma: Math.sqrt(variance) };
}

function grid(c: Component[], q: { mu: number; sigma: number }): { lo: number; hi: number } {
  const all = [...c, q];
  return { lo: Math.min(...all.map((k) => k.mu - 12 * k.sigma)), hi: Math.max(...all.map((k) => k.mu + 12 * k.sigma)) };
}

/** ∫ a·log(a/b) dx from log-densities, by the trapezoid rule over n intervals (spectrally accurate for these smooth, decaying integrands). */
function klByGrid(logA: (x: number) => number, logB: (x: number) => number, lo: number, hi: number, n: number): number {
  const h = (hi - lo) / n;
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    const x = lo + i * h;
    const la = logA(x);
    const ax = Math.exp(la);
    if (ax > 0) sum += (i === 0 || i === n ? 0.5 : 1) * ax * (la - logB(x));
  }
  return sum * h;
}

/** KL(p‖q) for mixture p (weights normalized) and Gaussian q. */
export function forwardKlByGrid(c: Component[], q: { mu: number; sigma: number }, n = 40_000): number {
  const total = c.reduce((s, k) => s + k.w, 0);
  const p = c.map((k) => ({ ...k, w: k.w / total }));
  const { lo, hi } = grid(p, q);
  return klByGrid((x) => logMixture(p, x), (x) => logNormal(x, q.mu, q.sigma), lo, hi, n);
}

/** KL(q‖p) for Gaussian q and mixture p (weights normalized). */
export function reverseKlByGrid(c: Component[], q: { mu: number; sigma: number }, n = 40_000): number {
  const total = c.reduce((s, k) => s + k.w, 0);
  const p = c.map((k) => ({ ...k, w: k.w / total }));
  const { lo, hi } = grid(p, q);
  return klByGrid((x) => logNormal(x, q.mu, q.sigma), (x) => logMixture(p, x), lo, hi, n);
}

/** H(p) = −∫ p log p for mixture p (weights normalized), by the trapezoid rule over ±12 σ of every component. */
export function entropyByGrid(c: Component[], n = 40_000): number {
  const total = c.reduce((s, k) => s + k.w, 0);
  const p = c.map((k) => ({ ...k, w: k.w / total }));
  const lo = Math.min(...p.map((k) => k.mu - 12 * k.sigma));
  const hi = Math.max(...p.map((k) => k.mu + 12 * k.sigma));
  const h = (hi - lo) / n;
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    const lp = logMixture(p, lo + i * h);
    const px = Math.exp(lp);
    if (px > 0) sum -= (i === 0 || i === n ? 0.5 : 1) * px * lp;
  }
  return sum * h;
}

/** H(p, N(mu, sigma²)) for mixture p, in closed form from p's mean and variance: ½ln(2πσ²) + (Var + (mean − mu)²)/(2σ²). */
export function gaussianCrossEntropyClosedForm(c: Component[], q: { mu: number; sigma: number }): number {
  const m = moments(c);
  return 0.5 * Math.log(2 * Math.PI * q.sigma ** 2) + (m.sigma ** 2 + (m.mu - q.mu) ** 2) / (2 * q.sigma ** 2);
}
