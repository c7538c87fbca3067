import { describe, expect, it } from 'vitest';
import { extractPlainText } from './extract';

describe('extractPlainText', () => {
  it('extractPlainText drops frontmatter, imports, components, maths and code, and keeps the prose', () => {
    const source = [
      '---',
      'title: A page',
      'description: Not shown as prose.',
      '---',
      '',
      "import KlFits from '~/components/KlFits.astro';",
      "import { formatNumber } from '~/lib/format/number';",
      '',
      'The forward KL, $\\mathrm{KL}(p \\,\\|\\, q)$, is **mass-covering** and *blurry*.',
      'A second line of the same paragraph with `inline code` and {formatNumber(0.5)} inside.',
      '',
      '$$',
      'x = \\frac{a}{b}',
      '$$',
      '',
      '<KlFits idPrefix="a" />',
      '',
      '```ts',
      'const x = 1;',
      '```',
      '',
      '## A heading ##',
    ].join('\n');
    expect(extractPlainText(source)).toBe(
      'The forward KL, is mass-covering and blurry. A second line of the same paragraph with and inside.\nA heading',
    );
  });

  it('extractPlainText reduces links, lists, tables, quotes, directives and entities to their words', () => {
    const source = [
      'See [the anchor](../worked-anchor/) and _this_ &amp; that\\*.',
      '',
      '- first item',
      '- second item',
      '1. numbered',
      '',
      '| Name | Value |',
      '| --- | ---: |',
      '| KL | $0.087$ |',
      '',
      '> quoted words',
      '',
      ':::tip[Key idea]',
      'Inside the aside.',
      ':::',
      '',
      '<div data-check>',
      '<details><summary>Answer</summary>',
      'The answer is <strong>bold</strong> here.',
      '</details>',
      '</div>',
      '<!-- a comment -->',
    ].join('\n');
    expect(extractPlainText(source).split('\n')).toEqual([
      'See the anchor and this & that*.',
      'first item',
      'second item',
      'numbered',
      'Name Value',
      'KL',
      'quoted words',
      'Key idea',
      'Inside the aside.',
      'Answer',
      'The answer is bold here.',
    ]);
  });

  it('extractPlainText tidies the holes left by maths: no space before punctuation, no empty brackets', () => {
    expect(extractPlainText('With $x$, and $y$ (here $z$) it is ($a$, in nats) fine $b$.')).toBe('With, and (here) it is (in nats) fine.');
  });

  it('extractPlainText keeps a dollar escaped as \\$ and returns "" for a page with no prose', () => {
    expect(extractPlainText('It costs \\$5 and \\$6.')).toBe('It costs $5 and $6.');
    expect(extractPlainText('---\ntitle: x\n---\n\n$$\na\n$$\n')).toBe('');
  });
});
