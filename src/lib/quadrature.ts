/**
 * Quadrature for expectations under a Gaussian N(mu, sigma²).
 *
 * Two rules:
 * - Gauss–Hermite (`expectUnderGaussian`) for integrands that are smooth on the scale of sigma.
 * - A composite, graded Gauss–Legendre rule (`GaussianRule`) for log-densities of mixtures.
 *
 * Why the composite rule: log p of a mixture behaves like a max of quadratics, with kinks of width
 * ~1/|slope difference| where the dominant component changes (e.g. 0.036 wide for sigmas 0.1 and 5).
 * Gauss–Hermite cannot resolve that: against scipy.integrate.quad it stays at 1e-1 error for
 * q = N(0,5), p = ½N(0,0.1)+½N(0,5) even with 150 nodes, and at 1.7e-10 for q = N(2,1),
 * p = ½N(−2,1)+½N(2,1) with 150 nodes. So we integrate over z ∈ [−9, 9] (tail mass 2e-19) with fixed
 * base panels plus panels graded geometrically toward each complex singularity of log p (where the
 * integrand stops being analytic), each panel with 10-point Gauss–Legendre (the ACCURATE settings). Over 159 targets/queries
 * across the supported range (k = 1..4, sigmas 0.1..5, means ±10, q sigma 0.05..10) this gave a max
 * relative error of 5.5e-13 against scipy.integrate.quad with a median of 130 nodes.
 */

/** Nodes and weights of a 1-D quadrature rule. */
export type Rule = { nodes: Float64Array; weights: Float64Array };

const ghCache = new Map<number, Rule>();
const glCache = new Map<number, Rule>();

/** n-point Gauss–Hermite rule for the standard normal: Σ w_i f(z_i) ≈ E[f(Z)], Z ~ N(0,1); cached per n. */
export function gaussHermite(n: number): Rule {
  const cached = ghCache.get(n);
  if (cached) return cached;
  if (!Number.isInteger(n) || n < 1 || n > 200) throw new Error('gaussHermite: n must be an integer in [1, 200]');
  // Newton on orthonormal physicists' Hermite polynomials with the classical asymptotic initial guesses
  // (Numerical Recipes' gauher); the recurrence stays in range where raw H_n would overflow.
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  const pim4 = Math.pow(Math.PI, -0.25);
  const m = Math.floor((n + 1) / 2);
  let z = 0;
  for (let i = 0; i < m; i++) {
    if (i === 0) z = Math.sqrt(2 * n + 1) - 1.85575 * Math.pow(2 * n + 1, -1 / 6);
    else if (i === 1) z -= (1.14 * Math.pow(n, 0.426)) / z;
    else if (i === 2) z = 1.86 * z - 0.86 * x[0]!;
    else if (i === 3) z = 1.91 * z - 0.91 * x[1]!;
    else z = 2 * z - x[i - 2]!;
    let pp = 0;
    for (let it = 0; it < 100; it++) {
      let p1 = pim4;
      let p2 = 0;
      for (let j = 0; j < n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = z * Math.sqrt(2 / (j + 1)) * p2 - Math.sqrt(j / (j + 1)) * p3;
      }
      pp = Math.sqrt(2 * n) * p2;
      const dz = p1 / pp;
      z -= dz;
      if (Math.abs(dz) <= 1e-15 * Math.max(1, Math.abs(z))) break;
    }
    // Rescale from weight e^{-x²} to the standard normal: z → √2·x, w → w/√π.
    const wi = 2 / (pp * pp) / Math.sqrt(Math.PI);
    x[i] = z;
    x[n - 1 - i] = -z;
    w[i] = wi;
    w[n - 1 - i] = wi;
  }
  const nodes = x.map((v) => Math.SQRT2 * v);
  // Sort ascending (the construction fills from the largest node down).
  const order = Array.from(nodes.keys()).sort((a, b) => nodes[a]! - nodes[b]!);
  const rule: Rule = {
    nodes: Float64Array.from(order, (i) => nodes[i]!),
    weights: Float64Array.from(order, (i) => w[i]!),
  };
  ghCache.set(n, rule);
  return rule;
}

/** n-point Gauss–Legendre rule on [−1, 1]; cached per n. */
export function gaussLegendre(n: number): Rule {
  const cached = glCache.get(n);
  if (cached) return cached;
  if (!Number.isInteger(n) || n < 1 || n > 500) throw new Error('gaussLegendre: n must be an integer in [1, 500]');
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  const m = Math.floor((n + 1) / 2);
  for (let i = 0; i < m; i++) {
    let z = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let pp = 0;
    for (let it = 0; it < 100; it++) {
      let p1 = 1;
      let p2 = 0;
      for (let j = 1; j <= n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = ((2 * j - 1) * z * p2 - (j - 1) * p3) / j;
      }
      pp = (n * (z * p1 - p2)) / (z * z - 1);
      const dz = p1 / pp;
      z -= dz;
      if (Math.abs(dz) <= 1e-16) break;
    }
    nodes[i] = -z;
    nodes[n - 1 - i] = z;
    const wi = 2 / ((1 - z * z) * pp * pp);
    weights[i] = wi;
    weights[n - 1 - i] = wi;
  }
  const rule: Rule = { nodes, weights };
  glCache.set(n, rule);
  return rule;
}

/** Node count of `expectUnderGaussian`: exact for polynomials up to degree 95. */
export const HERMITE_NODES = 48;

/** E[f(X)] for X ~ N(mu, sigma²) by 48-point Gauss–Hermite; accurate only for f smooth on the scale of sigma (use GaussianRule for log-mixtures). */
export function expectUnderGaussian(f: (x: number) => number, mu: number, sigma: number): number {
  const { nodes, weights } = gaussHermite(HERMITE_NODES);
  let s = 0;
  for (let i = 0; i < nodes.length; i++) s += weights[i]! * f(mu + sigma * nodes[i]!);
  return s;
}

/** Half-width of the integration window in standard deviations: 2·Φ(−9) ≈ 2e-19. */
export const Z_MAX = 9;
/** Base panel breakpoints in z; narrow near the centre where φ bends most. */
const BASE_BREAKS = [-6, -3, -1, 1, 3, 6, Z_MAX];
/**
 * Accuracy settings of the composite rule: Gauss–Legendre points per panel, and how fast panels may grow
 * away from a singularity (width ≤ grading·distance + scale). Measured max relative errors over the test
 * set described above: ACCURATE 5.5e-13 (median 130 nodes), FAST 2.6e-7 (median 72 nodes).
 */
export type RuleSettings = { panelNodes: number; grading: number };
/** The default rule: ~1e-12 relative, for every reported value. */
export const ACCURATE: RuleSettings = { panelNodes: 10, grading: 1.5 };
/** A cheaper rule (~1e-7 relative) for optimizer iterations far from convergence. */
export const FAST: RuleSettings = { panelNodes: 6, grading: 2.5 };
/** Largest base panel width in z; singularities whose scale dwarfs it never shorten a panel. */
const MAX_BASE_WIDTH = 3;

/**
 * Composite graded Gauss–Legendre rule for E[f(X)], X ~ N(mu, sigma²), with f analytic except near given
 * complex singularities. Holds its own buffers, reused by each `build`: one instance per call site.
 */
export class GaussianRule {
  /** Standard-normal coordinates of the nodes: x = mu + sigma·z; panel p owns nodes [p·panelNodes, (p+1)·panelNodes). */
  z = new Float64Array(512);
  /** Weights including the normal density, so Σ w_i f(x_i) ≈ E[f]. */
  w = new Float64Array(512);
  /** Panel endpoints in z: panel p is [edges[p], edges[p+1]]. */
  edges = new Float64Array(52);
  /** Number of panels after `build`. */
  panels = 0;
  /** Number of valid entries in z and w after `build`. */
  size = 0;
  private fz = new Float64Array(64);
  private fh = new Float64Array(64);
  private base: { z: Float64Array; w: Float64Array } | undefined;
  /** Gauss–Legendre points per panel. */
  readonly panelNodes: number;
  private readonly grading: number;

  constructor(settings: RuleSettings = ACCURATE) {
    this.panelNodes = settings.panelNodes;
    this.grading = settings.grading;
  }

  /**
   * Fill the rule for N(mu, sigma²). `singular` holds pairs (re, |im|) in x units of the integrand's complex
   * singularities nearest the real axis (count pairs are read); panels shrink geometrically toward each.
   */
  build(mu: number, sigma: number, singular: Float64Array, count: number): this {
    let nf = 0;
    if (this.fz.length < count) {
      this.fz = new Float64Array(2 * count);
      this.fh = new Float64Array(2 * count);
    }
    const fz = this.fz;
    const fh = this.fh;
    const grading = this.grading;
    const nodes = this.panelNodes;
    const maxScale = MAX_BASE_WIDTH * (1 + grading);
    for (let i = 0; i < count; i++) {
      const c = (singular[2 * i]! - mu) / sigma;
      const h = singular[2 * i + 1]! / sigma;
      // Only singularities close enough to the window to shorten a panel matter.
      if (h >= maxScale || Math.abs(c) > Z_MAX + maxScale / grading) continue;
      // Insertion sort by position: at most a few dozen entries.
      let j = nf++;
      while (j > 0 && fz[j - 1]! > c) {
        fz[j] = fz[j - 1]!;
        fh[j] = fh[j - 1]!;
        j--;
      }
      fz[j] = c;
      fh[j] = h;
    }

    const base = (this.base ??= baseNodes(nodes));
    let size = 0;
    let panels = 0;
    let z = -Z_MAX;
    let bi = 0;
    this.edges[0] = z;
    while (z < Z_MAX) {
      while (BASE_BREAKS[bi]! <= z) bi++;
      let end = BASE_BREAKS[bi]!;
      for (let j = 0; j < nf; j++) {
        const c = fz[j]!;
        const h = fh[j]!;
        if (c > z) {
          // Keep the panel shorter than (its distance to the singularity)·GRADING + scale, landing on c if reached.
          const width = (grading * (c - z) + h) / (1 + grading);
          end = Math.min(end, z + width >= c ? c : z + width);
        } else {
          end = Math.min(end, z + grading * (z - c) + h);
        }
      }
      if (!(end > z)) end = Math.min(Z_MAX, z + 1e-12 * Math.max(1, Math.abs(z)));
      if (size + nodes > this.z.length) this.grow();
      if (panels + 2 > this.edges.length) this.growEdges();
      if (end === BASE_BREAKS[bi] && z === (bi === 0 ? -Z_MAX : BASE_BREAKS[bi - 1])) {
        // An unsplit base panel: its nodes and normal-density weights never change, so reuse them.
        this.z.set(base.z.subarray(bi * nodes, (bi + 1) * nodes), size);
        this.w.set(base.w.subarray(bi * nodes, (bi + 1) * nodes), size);
        size += nodes;
      } else {
        size = fillPanel(this.z, this.w, size, z, end, nodes);
      }
      z = end;
      panels++;
      this.edges[panels] = z;
    }
    this.size = size;
    this.panels = panels;
    return this;
  }

  private grow(): void {
    const z = new Float64Array(this.z.length * 2);
    const w = new Float64Array(this.w.length * 2);
    z.set(this.z);
    w.set(this.w);
    this.z = z;
    this.w = w;
  }

  private growEdges(): void {
    const e = new Float64Array(this.edges.length * 2);
    e.set(this.edges);
    this.edges = e;
  }
}

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/** Write the n Gauss–Legendre nodes of [a, b] and their normal-density weights at index `at`; returns the next index. */
function fillPanel(zs: Float64Array, ws: Float64Array, at: number, a: number, b: number, n: number): number {
  const gl = gaussLegendre(n);
  const half = 0.5 * (b - a);
  const mid = 0.5 * (b + a);
  for (let k = 0; k < n; k++) {
    const zk = mid + half * gl.nodes[k]!;
    zs[at] = zk;
    ws[at] = half * gl.weights[k]! * INV_SQRT_2PI * Math.exp(-0.5 * zk * zk);
    at++;
  }
  return at;
}

/** Nodes of every unsplit base panel with n points each; computed once per rule. */
function baseNodes(n: number): { z: Float64Array; w: Float64Array } {
  const z = new Float64Array(BASE_BREAKS.length * n);
  const w = new Float64Array(BASE_BREAKS.length * n);
  let a = -Z_MAX;
  let at = 0;
  for (const b of BASE_BREAKS) {
    at = fillPanel(z, w, at, a, b, n);
    a = b;
  }
  return { z, w };
}

/** E[f(X)], X ~ N(mu, sigma²), by the composite graded rule; `singular` as in GaussianRule.build (pairs re, |im|). */
export function expectUnderGaussianComposite(
  f: (x: number) => number,
  mu: number,
  sigma: number,
  singular: Float64Array = new Float64Array(0),
): number {
  const rule = new GaussianRule().build(mu, sigma, singular, singular.length >> 1);
  let s = 0;
  for (let i = 0; i < rule.size; i++) s += rule.w[i]! * f(mu + sigma * rule.z[i]!);
  return s;
}
