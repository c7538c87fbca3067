/** TeX to HTML at build time (KaTeX), for formulas inside components; the browser runs no math JS. */
import katex from 'katex';

/** The formula as KaTeX HTML (with MathML for screen readers); throws on invalid TeX so a build fails loudly. */
export function renderTex(tex: string, displayMode = false): string {
  return katex.renderToString(tex, { displayMode, throwOnError: true, output: 'htmlAndMathml' });
}
