/**
 * The five generative-model paradigms and how each relates to forward KL: the data behind the
 * paradigm table. Formulas are TeX, rendered to HTML at build time. A narrow screen may break a
 * formula after a top-level relation or operator, so terms that must stay whole (a conditional
 * with its `\mid`, a KL with its arguments) are wrapped in braces.
 */

export type ParadigmId = 'autoregressive' | 'flow' | 'vae' | 'gan' | 'diffusion';

/** What a trained model of the paradigm can report about held-out data. */
export type Report = 'exact' | 'bound' | 'none';

/** The table's short name for each kind of report. */
export const REPORT_LABELS: Readonly<Record<Report, string>> = {
  exact: 'Exact NLL',
  bound: 'NLL bound',
  none: 'No likelihood',
};

export interface Paradigm {
  id: ParadigmId;
  name: string;
  /** How p_model(x) is defined. */
  density: string;
  /** What training minimizes, in TeX. */
  objectiveTex: string;
  /**
   * How training relates to forward KL (the contract's `forward-kl` cell): the verdict, then
   * after the first ": " the reason (the table sets the verdict in bold).
   */
  forwardKl: string;
  /** What it can report: an exact NLL, a bound on it, or nothing (the table's last column). */
  reports: Report;
  /** Whether an exact log-likelihood can be computed. */
  exactLikelihood: string;
  /** Whether perplexity or bits per dimension compare it with other models. */
  comparable: string;
  /** Trains on a likelihood or a bound on it (the table's filter). */
  likelihoodBased: boolean;
  /** Why it does or does not train on forward KL: two or three sentences. */
  explanation: string;
  /** The key formula of the explanation, in TeX. */
  keyFormulaTex: string;
}

export const PARADIGMS: readonly Paradigm[] = [
  {
    id: 'autoregressive',
    name: 'Autoregressive',
    density: 'A product of conditionals, one per position, by the chain rule.',
    objectiveTex: String.raw`-\frac{1}{N}\sum_{i}\sum_{t}{\log p_\theta\big(x^{(i)}_t \mid x^{(i)}_{<t}\big)}`,
    forwardKl: 'Yes, exactly: the empirical NLL estimates forward KL plus the data entropy.',
    reports: 'exact',
    exactLikelihood: 'Yes',
    comparable: 'Yes: perplexity or bits per token, on shared data and tokenization.',
    likelihoodBased: true,
    explanation:
      'The chain rule writes log p(x) as a sum of per-token log-probabilities, each a softmax the network outputs, so the exact log-likelihood is available for every training sequence. Averaging its negative over the data set is the empirical NLL, which differs from the forward KL only by the data entropy and sampling noise.',
    keyFormulaTex: String.raw`\log p_\theta(x) = \sum_{t=1}^{T} {\log p_\theta(x_t \mid x_{<t})}`,
  },
  {
    id: 'flow',
    name: 'Normalizing flow',
    density: 'An invertible map of a simple base density, through the change-of-variables formula.',
    objectiveTex: String.raw`-\frac{1}{N}\sum_i \Big[\log p_Z\big(f_\theta(x^{(i)})\big) + \log\big|\det J_{f_\theta}(x^{(i)})\big|\Big]`,
    forwardKl: 'Yes, exactly: the same empirical NLL, with an exact density.',
    reports: 'exact',
    exactLikelihood: 'Yes',
    comparable: 'Yes: bits per dimension (on pixels, a bound on the discrete NLL, after dequantization).',
    likelihoodBased: true,
    explanation:
      'Because the map f is invertible with a tractable Jacobian determinant, the model density at a data point is exact, so training minimizes the empirical NLL just as an autoregressive model does. No bound stands between the training loss and the likelihood; on pixels, which are discrete, the density is fitted to dequantized data, so the reported number bounds a discrete NLL.',
    keyFormulaTex: String.raw`\log p_\theta(x) = \log p_Z\big(f_\theta(x)\big) + \log\left|\det \frac{\partial f_\theta}{\partial x}\right|`,
  },
  {
    id: 'vae',
    name: 'VAE',
    density: 'A latent-variable model: the integral of p(x | z) p(z) over z, which in general has no closed form.',
    objectiveTex: String.raw`-\frac{1}{N}\sum_i \mathrm{ELBO}\big(x^{(i)}\big)`,
    forwardKl: 'A lower bound, the ELBO: it minimizes an upper bound on forward KL.',
    reports: 'bound',
    exactLikelihood: 'Bound only',
    comparable: 'Through the bound (or an importance-sampled estimate), reported as bits per dimension.',
    likelihoodBased: true,
    explanation:
      'The marginal likelihood integrates over the latent z and cannot be computed, so a VAE maximizes the evidence lower bound instead. Since ELBO ≤ log p(x), minimizing the negative ELBO minimizes an upper bound on the empirical NLL, and so, up to the data entropy, on forward KL; the gap is the KL from the encoder to the true posterior.',
    keyFormulaTex: String.raw`\log p_\theta(x) \ge {\mathbb{E}_{q_\phi(z\mid x)}\big[\log p_\theta(x\mid z)\big]} - {\mathrm{KL}\big(q_\phi(z\mid x)\,\|\,p(z)\big)}`,
  },
  {
    id: 'gan',
    name: 'GAN',
    density: 'None: a generator maps noise to samples; no density is ever written down.',
    objectiveTex: String.raw`\min_G \max_D\; \mathbb{E}_{p_\text{data}}[\log D(x)] + \mathbb{E}_{z}[\log(1 - D(G(z)))]`,
    forwardKl: 'No: an adversarial divergence such as Jensen–Shannon or Wasserstein.',
    reports: 'none',
    exactLikelihood: 'No',
    comparable: 'No: with no likelihood there is no perplexity or bits per dimension.',
    likelihoodBased: false,
    explanation:
      'A GAN never evaluates p_model(x), so it cannot be trained on log-likelihood. With an optimal discriminator its minimax game minimizes the Jensen–Shannon divergence (the Wasserstein GAN swaps in the Earth-mover distance), which is neither forward nor reverse KL; its samples can be judged, but not scored by likelihood.',
    keyFormulaTex: String.raw`\max_D V(G, D) = 2\,\mathrm{JS}(p_\text{data}\,\|\,p_G) - \log 4`,
  },
  {
    id: 'diffusion',
    name: 'Diffusion',
    density: 'The end of a learned reverse noising chain, a latent-variable model over the noisy steps.',
    objectiveTex: String.raw`\mathbb{E}_{t,\,x_0,\,\epsilon}\Big[\big\|\epsilon - \epsilon_\theta\big(\sqrt{\bar\alpha_t}\,x_0 + \sqrt{1-\bar\alpha_t}\,\epsilon,\ t\big)\big\|^2\Big]`,
    forwardKl: 'Connected through a chain of equivalences: a variational bound on the NLL.',
    reports: 'bound',
    exactLikelihood: 'Bound (exact for the related probability-flow ODE model)',
    comparable: 'Yes, through the bound: bits per dimension.',
    likelihoodBased: true,
    explanation:
      'The full variational bound of a diffusion model is an ELBO over the whole noising chain, so it bounds the NLL as a VAE does. Each per-step term is a weighted denoising (score-matching) loss; the popular noise-prediction loss drops the weights, which is how the simple regression loss stays connected to forward KL, though no longer as a bound.',
    keyFormulaTex: String.raw`-\log p_\theta(x_0) \le \mathbb{E}_q\Big[\sum_{t \ge 2} {\mathrm{KL}\big(q(x_{t-1}\mid x_t, x_0)\,\|\,p_\theta(x_{t-1}\mid x_t)\big)} - {\log p_\theta(x_0 \mid x_1)}\Big] + C`,
  },
];

/** A forward-KL cell's verdict (before the first ": ") and reason (after it; empty when there is no colon). */
export function splitVerdict(text: string): [verdict: string, reason: string] {
  const colon = text.indexOf(': ');
  return colon < 0 ? [text, ''] : [text.slice(0, colon), text.slice(colon + 2)];
}
