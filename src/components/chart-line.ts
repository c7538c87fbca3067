/** The Chart.js parts a line chart (linear or log x) uses, registered once; loaded on demand by chart-loader.ts. */
import { Chart, Filler, Legend, LinearScale, LineController, LineElement, LogarithmicScale, PointElement } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale, Filler, Legend);
export { Chart };
