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
  chart.setOption({
    animation: false,
    grid: { left: 48, right: 48, top: 36, bottom: 64 },
    legend: { data: ['Weight (kg)', 'Body fat (%)'], top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '' : Number(v).toFixed(1); } },
    xAxis: { type: 'time' },
    yAxis: [
      { type: 'value', name: 'kg', scale: true },
      { type: 'value', name: '%', scale: true, splitLine: { show: false } }
    ],
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 20, bottom: 8 }],
    series: [
      { name: 'Weight (kg)', type: 'line', showSymbol: false, data: weight, color: '#0b6bcb', sampling: 'lttb' },
      { name: 'Body fat (%)', type: 'line', showSymbol: false, yAxisIndex: 1, data: fat, color: '#d97706',
        sampling: 'lttb' }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
  el.dataset.ready = 'true';
})();
