// Draws every chart of a page from the JSON the server embeds in its data-chart attribute:
// {"y": axis name, "series": [{"name", "color", "dashed", "data": [[epoch ms, value], ...]}], "bands": [...]}.
// The server has already downsampled each series to about the pixels of a wide chart.
(function () {
  'use strict';
  if (!window.echarts) {
    return;
  }
  // The server sends times as the wall clock of the viewer's time zone, to be drawn as UTC.
  var dateFormat = new Intl.DateTimeFormat(undefined,
    { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  var numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

  function series(spec, bands) {
    return spec.series.map(function (s, i) {
      var line = {
        name: s.name, type: 'line', data: s.data, color: s.color, showSymbol: s.data.length < 60,
        symbol: i === 0 ? 'circle' : 'triangle', symbolSize: 5, connectNulls: true,
        // An average is drawn above the raw readings, which are lightened when it is there.
        z: s.dashed ? 3 : 2,
        lineStyle: { width: s.dashed ? 2.5 : 1.2, type: s.dashed ? 'dashed' : 'solid',
          opacity: !s.dashed && spec.series.some(function (o) { return o.dashed && o.name.indexOf('average') >= 0; })
            ? 0.55 : 1 }
      };
      if (i === 0 && bands.length) {
        line.markArea = {
          silent: true,
          label: { position: 'insideLeft', color: '#333', fontSize: 11 },
          data: bands.map(function (b) {
            return [{ yAxis: b.from, name: b.label, itemStyle: { color: b.color } }, { yAxis: b.to }];
          })
        };
      }
      return line;
    });
  }

  function draw(el) {
    var spec = JSON.parse(el.dataset.chart);
    var bands = spec.bands || [];
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      useUTC: true,
      aria: { enabled: true, decal: { show: false } },
      legend: { top: 0, show: spec.series.length > 1 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'line' },
        formatter: function (items) {
          if (!items.length) { return ''; }
          var lines = [dateFormat.format(new Date(items[0].value[0]))];
          items.forEach(function (it) {
            lines.push(it.marker + it.seriesName + ': <b>' + numberFormat.format(it.value[1]) + '</b>');
          });
          return lines.join('<br>');
        }
      },
      grid: { left: 48, right: 16, top: spec.series.length > 1 ? 56 : 36, bottom: 64, containLabel: true },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', name: spec.y, scale: true, nameTextStyle: { align: 'left' },
        min: bands.length ? function (v) { return Math.min(Math.floor((v.min - 5) / 10) * 10, 100); } : null,
        max: bands.length ? function (v) { return Math.max(Math.ceil((v.max + 5) / 10) * 10, 150); } : null },
      dataZoom: [{ type: 'inside' }, { type: 'slider', height: 20, bottom: 8 }],
      series: series(spec, bands)
    });
    window.addEventListener('resize', function () { chart.resize(); });
    el.dataset.ready = 'true';
  }

  document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
    try {
      draw(el);
    } catch (e) {
      el.textContent = 'This chart could not be drawn.';
      throw e;
    }
  });
})();
