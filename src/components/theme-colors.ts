/**
 * The plots' palette, from Starlight's current theme (light or dark), shared by the Chart.js charts and
 * the plots drawn by hand, and a way to hear when the reader switches theme.
 */

export interface ThemeColors {
  text: string;
  /** The widget's background, for marks drawn over the curves. */
  surface: string;
  grid: string;
  accent: string;
  accentFill: string;
  second: string;
  secondFill: string;
  third: string;
}

/** The chart palette from the page's current Starlight theme. */
export function themeColors(): ThemeColors {
  const style = getComputedStyle(document.documentElement);
  const v = (name: string) => style.getPropertyValue(name).trim();
  const dark = document.documentElement.dataset['theme'] === 'dark';
  return {
    text: v('--sl-color-gray-2') || (dark ? '#ddd' : '#333'),
    surface: v('--sl-color-gray-7') || v('--sl-color-black') || (dark ? '#17181c' : '#fff'),
    grid: v('--sl-color-gray-5') || '#888',
    accent: dark ? '#7cb8ff' : '#1f5fbf',
    accentFill: dark ? 'rgba(124, 184, 255, 0.35)' : 'rgba(31, 95, 191, 0.25)',
    second: dark ? '#ffb561' : '#b34d00',
    secondFill: dark ? 'rgba(255, 181, 97, 0.45)' : 'rgba(179, 77, 0, 0.35)',
    third: dark ? '#9be39b' : '#2a7a2a',
  };
}

/** Calls `redraw` whenever the reader switches between light and dark; returns a function that stops it. */
export function onThemeChange(redraw: () => void): () => void {
  const observer = new MutationObserver(redraw);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
