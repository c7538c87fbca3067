// Rehype plugin: lets keyboard users scroll the parts of a lesson page that scroll sideways.
//
// Display math (`.katex-display`, overflow-x: auto in src/styles/lesson.css) and Markdown tables
// (Starlight styles them `display: block; overflow: auto`) become horizontal scrollers when they are
// wider than the column, as on a phone. A scroller must be reachable from the keyboard (axe rule
// `scrollable-region-focusable`, WCAG 2.1.1), so each one gets tabindex="0". Whether it overflows
// depends on the screen, so every such element gets it.
const isScroller = (node) => {
  if (node.type !== 'element') return false;
  if (node.tagName === 'table') return true;
  const className = node.properties?.className;
  return Array.isArray(className) && className.includes('katex-display');
};

export default function rehypeFocusableScrollers() {
  return (tree) => {
    const walk = (node) => {
      if (isScroller(node) && node.properties.tabIndex === undefined) node.properties.tabIndex = 0;
      for (const child of node.children ?? []) walk(child);
    };
    walk(tree);
  };
}
