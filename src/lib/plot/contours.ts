/**
 * Contour lines of a gridded function by marching squares, for the landscapes: each cell whose corners
 * straddle the level contributes one or two straight segments, with the crossing points placed on the
 * cell edges by linear interpolation.
 */

/**
 * Segments where `values` (row-major, values[j·columns + i] at column i, row j) crosses `level`, as a flat
 * list [x0, y0, x1, y1, …] in grid coordinates (x = fractional column, y = fractional row). A corner equal
 * to the level counts as above it. Saddle cells (diagonal corners on the same side) are split by the
 * mean of the four corners. Cells with a non-finite corner are skipped. Fewer than 2 rows or columns give [].
 */
export function contourSegments(values: ArrayLike<number>, columns: number, rows: number, level: number): number[] {
  const out: number[] = [];
  if (columns < 2 || rows < 2 || values.length < columns * rows) return out;
  // Where along an edge from a to b (values va, vb on opposite sides of the level) the level is reached.
  const cross = (va: number, vb: number) => (level - va) / (vb - va);
  for (let j = 0; j + 1 < rows; j++) {
    for (let i = 0; i + 1 < columns; i++) {
      const v00 = values[j * columns + i]!;
      const v10 = values[j * columns + i + 1]!;
      const v11 = values[(j + 1) * columns + i + 1]!;
      const v01 = values[(j + 1) * columns + i]!;
      if (!Number.isFinite(v00) || !Number.isFinite(v10) || !Number.isFinite(v11) || !Number.isFinite(v01)) continue;
      const code = (v00 >= level ? 1 : 0) | (v10 >= level ? 2 : 0) | (v11 >= level ? 4 : 0) | (v01 >= level ? 8 : 0);
      if (code === 0 || code === 15) continue;
      // The crossing on each edge: bottom (row j), right (column i+1), top (row j+1), left (column i).
      const bottom = () => [i + cross(v00, v10), j];
      const right = () => [i + 1, j + cross(v10, v11)];
      const top = () => [i + cross(v01, v11), j + 1];
      const left = () => [i, j + cross(v00, v01)];
      const segment = (a: number[], b: number[]) => out.push(a[0]!, a[1]!, b[0]!, b[1]!);
      switch (code) {
        case 1:
        case 14:
          segment(left(), bottom());
          break;
        case 2:
        case 13:
          segment(bottom(), right());
          break;
        case 3:
        case 12:
          segment(left(), right());
          break;
        case 4:
        case 11:
          segment(right(), top());
          break;
        case 6:
        case 9:
          segment(bottom(), top());
          break;
        case 7:
        case 8:
          segment(left(), top());
          break;
        case 5:
        case 10: {
          // A saddle: corners 00 and 11 on one side, 10 and 01 on the other. If the centre is on the side
          // of 00 and 11, they are joined through the middle and the lines cut off the other two corners.
          const centreAbove = (v00 + v10 + v11 + v01) / 4 >= level;
          const joined = (code === 5) === centreAbove;
          if (joined) {
            segment(bottom(), right());
            segment(left(), top());
          } else {
            segment(left(), bottom());
            segment(right(), top());
          }
          break;
        }
      }
    }
  }
  return out;
}
