// Rehype plugin: search indexes each formula once, as it reads on the page.
//
// KaTeX writes every formula twice: `.katex-html`, the glyphs a reader sees, and `.katex-mathml`,
// MathML for screen readers that ends in a TeX annotation. Pagefind (Starlight's search) indexes all
// text, so an excerpt showed "q(z∣x)q(z \mid x)q(z∣x)". Marking the MathML copy data-pagefind-ignore
// keeps it for assistive technology and out of the index. Runs after rehype-katex.
const isMathml = (node) => node.type === 'element' && Array.isArray(node.properties?.className) && node.properties.className.includes('katex-mathml');

export default function rehypeSearchMath() {
  return (tree) => {
    const walk = (node) => {
      if (isMathml(node)) {
        node.properties.dataPagefindIgnore = '';
        return;
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(tree);
  };
}
