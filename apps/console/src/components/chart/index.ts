export { default as EChart } from './EChart.vue';
export type { ChartOption } from './echarts.ts';
