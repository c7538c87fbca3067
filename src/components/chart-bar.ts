/** The Chart.js parts a bar chart uses, registered once; loaded on demand by chart-loader.ts. */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);
export { Chart };
