/**
 * Chart.js arrives only when a chart's canvas comes near the viewport, so a page's first load carries
 * the numbers (already in the HTML) and not ~60 KB of charting code. Colours come from theme-colors.ts
 * and are re-read when the reader switches between light and dark.
 */
import type { Chart, ChartConfiguration, ChartType } from 'chart.js';
import { onThemeChange, themeColors, type ThemeColors } from './theme-colors';

/** Chart kinds, each a module that registers only the Chart.js parts it needs (so the rest is tree-shaken). */
const LOADERS = {
  line: () => import('./chart-line'),
} as const;

/**
 * Creates the chart once `canvas` is within 400 px of the viewport: `kind` picks the Chart.js parts to
 * load, `build` returns its configuration for the current theme. Resolves with the chart, after which
 * the canvas carries data-chart-ready. From the call on, the canvas carries data-chart-lazy, so a test
 * can find every canvas that will get a chart, scroll to it and wait for data-chart-ready. When `signal`
 * aborts (the widget left the page) the observers stop, the chart is destroyed and the promise never
 * resolves.
 */
export function whenNearViewport<T extends ChartType>(
  canvas: HTMLCanvasElement,
  kind: keyof typeof LOADERS,
  build: (colors: ThemeColors) => ChartConfiguration<T>,
  signal?: AbortSignal,
): Promise<Chart<T>> {
  canvas.setAttribute('data-chart-lazy', kind);
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      async (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        const { Chart: ChartClass } = await LOADERS[kind]();
        if (signal?.aborted) return;
        const chart = new ChartClass(canvas, build(themeColors())) as unknown as Chart<T>;
        const stopFollowingTheme = onThemeChange(() => {
          const fresh = build(themeColors());
          chart.options = fresh.options as typeof chart.options;
          chart.data.datasets.forEach((dataset, i) => Object.assign(dataset, styleOnly(fresh.data.datasets[i])));
          chart.update('none');
        });
        signal?.addEventListener('abort', () => {
          stopFollowingTheme();
          chart.destroy();
        });
        resolve(chart);
        // After the widget's own then() has filled the chart with its data.
        queueMicrotask(() => canvas.setAttribute('data-chart-ready', ''));
      },
      { rootMargin: '400px' },
    );
    observer.observe(canvas);
    signal?.addEventListener('abort', () => observer.disconnect());
  });
}

/** The colour and style keys of a dataset, without its data, so a theme switch keeps current values. */
function styleOnly(dataset: object | undefined): object {
  if (!dataset) return {};
  const { data: _data, ...style } = dataset as { data?: unknown };
  return style;
}
