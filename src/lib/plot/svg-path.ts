/** SVG path data for a curve, so the build can draw a chart for readers without JavaScript. */

export interface PlotBox {
  width: number;
  height: number;
  xMin: number;
  xMax: number;
  yMax: number;
}

/** "M x y L x y …" for the points (xs[i], ys[i]) scaled into the box (y = 0 at the bottom edge). */
export function curvePath(xs: readonly number[], ys: readonly number[], box: PlotBox): string {
  const sx = (x: number) => ((x - box.xMin) / (box.xMax - box.xMin)) * box.width;
  const sy = (y: number) => box.height - (y / box.yMax) * box.height;
  return xs.map((x, i) => `${i === 0 ? 'M' : 'L'}${sx(x).toFixed(1)} ${sy(ys[i] ?? 0).toFixed(1)}`).join(' ');
}

/** The same curve closed down to the x-axis, for a filled area. */
export function areaPath(xs: readonly number[], ys: readonly number[], box: PlotBox): string {
  return `${curvePath(xs, ys, box)} L${box.width} ${box.height} L0 ${box.height} Z`;
}
