// Draws the member page's charts from the series the server embeds as data attributes.
(function () {
  'use strict';
  var el = document.getElementById('body-chart');
  if (!el || !window.echarts) {
    return;
  }
  var weight = JSON.parse(el.dataset.weight || '[]');
  var fat = JSON.parse(el.dataset.fat || '[]');
  var chart = echarts.init(el, null, { renderer: 'canvas' });
  // Two stacked panels sharing the time axis: weight above, body fat below, so neither hides the other.
  chart.setOption({
    animation: false,
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '' : Number(v).toFixed(1); } },
    grid: [
      { left: 52, right: 24, top: 28, height: '48%' },
      { left: 52, right: 24, top: '66%', bottom: 56 }
    ],
    xAxis: [
      { type: 'time', gridIndex: 0, axisLabel: { show: false } },
      { type: 'time', gridIndex: 1 }
    ],
    yAxis: [
      { type: 'value', gridIndex: 0, name: 'Weight (kg)', scale: true },
      { type: 'value', gridIndex: 1, name: 'Body fat (%)', scale: true }
    ],
    dataZoom: [{ type: 'inside', xAxisIndex: [0, 1] }, { type: 'slider', xAxisIndex: [0, 1], height: 20, bottom: 8 }],
    series: [
      { name: 'Weight (kg)', type: 'line', showSymbol: false, data: weight, color: '#0b6bcb', sampling: 'lttb',
        xAxisIndex: 0, yAxisIndex: 0, lineStyle: { width: 1.5 } },
      { name: 'Body fat (%)', type: 'line', showSymbol: false, data: fat, color: '#b45309', sampling: 'lttb',
        xAxisIndex: 1, yAxisIndex: 1, lineStyle: { width: 1.5 } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
  el.dataset.ready = 'true';
})();
