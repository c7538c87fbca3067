/**
 * Fitting one Gaussian q = N(mu, sigma²) to a Gaussian mixture p by forward KL (mass-covering), reverse KL
 * (mode-seeking) and Jensen–Shannon, in nats. One entry point for widgets; each concept lives in its own file.
 */
export type { Component, Mixture } from './mixture';
export { mixtureMean, mixtureVariance, mixtureLogPdf, mixturePdf, normalizeMixture, plotRange } from './mixture';
export type { Gaussian, Gradient } from './kl';
export { forwardFit, forwardKL, forwardKLGradient, mixtureEntropy, reverseKL, reverseKLGradient } from './kl';
export type { ReverseFit, ReverseOptimum } from './reverse-fit';
export { reverseFit } from './reverse-fit';
export { jsDivergence, jsFit, jsGradient } from './js';
export type { Objective } from './objectives';
export type { DescentFrame, DescentOptions } from './descent';
export { descentPath } from './descent';
export type { Landscape, LandscapeGrid } from './landscape';
export { defaultGrid, landscape } from './landscape';
export { gaussianCurve, integrands, linspace, mixtureCurve } from './curves';
