// 数据看板: draws each [data-chart] element with ECharts from the JSON in its attribute (no inline script: the
// content security policy forbids it). The table under each chart carries the same numbers for readers without it.
(() => {
  'use strict';

  const barOption = (chart) => {
    const categoryAxis = {
      type: 'category',
      data: chart.categories,
      axisLabel: chart.horizontal ? { width: 220, overflow: 'truncate' }
        : { interval: 0, rotate: chart.categories.length > 6 ? 30 : 0 },
    };
    const valueAxis = { type: 'value', minInterval: 1 };
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 8, right: 24, bottom: 8, top: 48, containLabel: true },
      xAxis: chart.horizontal ? valueAxis : categoryAxis,
      yAxis: chart.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
      series: chart.series.map((series) => ({
        name: series.name,
        type: 'bar',
        stack: chart.stacked ? 'total' : undefined,
        data: series.data,
        emphasis: { focus: 'series' },
      })),
    };
  };

  const pieOption = (chart) => ({
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { type: 'scroll', bottom: 0 },
    series: [{
      type: 'pie',
      radius: ['35%', '65%'],
      data: chart.categories.map((name, index) => ({ name, value: chart.series[0].data[index] }))
        .filter((item) => item.value > 0),
    }],
  });

  const draw = () => {
    if (!window.echarts) {
      return;
    }
    const drawn = [];
    document.querySelectorAll('[data-chart]').forEach((element) => {
      const chart = JSON.parse(element.dataset.chart);
      const instance = window.echarts.init(element);
      instance.setOption({ aria: { enabled: true }, animation: false,
        ...(chart.kind === 'pie' ? pieOption(chart) : barOption(chart)) });
      drawn.push(instance);
    });
    window.addEventListener('resize', () => drawn.forEach((instance) => instance.resize()));
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
