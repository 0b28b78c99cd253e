import { FunnelChart, PieChart } from 'echarts/charts';
import { use } from 'echarts/core';

// The funnel and portrait panels add these two chart types to the shared ECharts core (registration is
// global and idempotent); only the dashboard chunk loads them.
use([FunnelChart, PieChart]);
