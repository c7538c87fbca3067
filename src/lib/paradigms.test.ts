import { describe, expect, it } from 'vitest';
import { PARADIGMS, REPORT_LABELS, splitVerdict } from './paradigms';

describe('PARADIGMS', () => {
  it('PARADIGMS lists the contract rows in order: autoregressive, flow, vae, gan, diffusion', () => {
    expect(PARADIGMS.map((p) => p.id)).toEqual(['autoregressive', 'flow', 'vae', 'gan', 'diffusion']);
  });

  it('PARADIGMS says what the lesson says of forward KL for each row', () => {
    const verdicts = PARADIGMS.map((p) => splitVerdict(p.forwardKl)[0]);
    expect(verdicts[0]).toMatch(/^Yes, exactly/);
    expect(verdicts[1]).toMatch(/^Yes, exactly/);
    expect(verdicts[2]).toMatch(/lower bound, the ELBO/);
    expect(verdicts[3]).toMatch(/^No\b/);
    expect(PARADIGMS[3]!.forwardKl).toMatch(/Jensen–Shannon|JS/);
    expect(PARADIGMS[3]!.forwardKl).toMatch(/Wasserstein/);
    expect(verdicts[4]).toMatch(/chain of equivalences/);
  });

  it('PARADIGMS reports an exact NLL for autoregressive and flow, a bound for VAE and diffusion, nothing for GAN', () => {
    expect(PARADIGMS.map((p) => p.reports)).toEqual(['exact', 'exact', 'bound', 'none', 'bound']);
    for (const p of PARADIGMS) expect(p.likelihoodBased).toBe(p.reports !== 'none');
    expect(Object.keys(REPORT_LABELS).sort()).toEqual(['bound', 'exact', 'none']);
  });
});

describe('splitVerdict', () => {
  it('splitVerdict(text) splits at the first ": " only', () => {
    expect(splitVerdict('No: an adversarial divergence: JS')).toEqual(['No', 'an adversarial divergence: JS']);
  });

  it('splitVerdict(text) keeps the whole text as the verdict when there is no ": "', () => {
    expect(splitVerdict('Yes, exactly.')).toEqual(['Yes, exactly.', '']);
    expect(splitVerdict('')).toEqual(['', '']);
  });
});
