// Draws every chart of a page from the JSON the server embeds in its data-chart attribute. By "kind":
// - a time series (no kind): {"y": axis name, "unit": the values' unit, "from", "to": the range's ends (none for the
//   whole history), "series": [{"name", "color", "dashed", "data": [[epoch ms, value]]}], "bands": [...],
//   "goal": {"value", "label"}, "ceiling": the most a score can be}, each series already downsampled by the server
//   to about the pixels of a wide chart;
// - "stacked": one bar (or stack) a day: {"y", "categories": [day], "series": [{"name", "color", "data"}],
//   "labels": [text on top of each bar], "goal": {"value", "label"}};
// - "hypnogram": {"rows": [stage names, bottom up], "colors": [...], "data": [[start ms, end ms, row]]};
// - "calendar": a year of days coloured by value: {"from", "to", "max", "data": [[day, value]]}.
// Times are the wall clock of the page's time zone, drawn as UTC. When every chart is drawn,
// window.pulseboardChartsReadyAt holds the milliseconds since navigation started.
(function () {
  'use strict';
  if (!window.echarts) {
    return;
  }
  // Dates and numbers in the locale the server writes the page's text in (the browser's preferred language).
  var locale = (document.currentScript && document.currentScript.getAttribute('data-locale')) || undefined;
  // The server sends times as the wall clock of the viewer's time zone, to be drawn as UTC; a chart of a night names
  // its zone instead ("zone"), and its times are the instants themselves, read by that zone's clock, so a night
  // across a change of daylight-saving time is drawn as long as it was.
  var dateFormat = new Intl.DateTimeFormat(locale,
    { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });

  function formats(spec) {
    if (!spec.zone) {
      return { date: dateFormat, clock: clockFormat };
    }
    return {
      date: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric',
        minute: '2-digit', timeZone: spec.zone }),
      clock: new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: spec.zone })
    };
  }
  var numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

  // A number with exactly this many decimals ("81.0"), as the page's tables write it.
  function fixed(decimals) {
    return new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  }

  // Stones as people write them, stones and pounds ("12 st 7 lb"), as the page's own figures are: the chart draws
  // decimal stones, whose 12.5 is easily read as 12 st 5.
  function stones(value, decimals) {
    var scale = Math.pow(10, decimals);
    var pounds = Math.round(value * 14 * scale) / scale;
    var st = Math.floor(pounds / 14);
    var lb = Math.round((pounds - st * 14) * scale) / scale;
    // Under a stone (an arm's muscle), pounds alone, as the page's figures write it.
    return (st > 0 ? st + ' st ' : '') + new Intl.NumberFormat(locale, { minimumFractionDigits: decimals,
      maximumFractionDigits: decimals }).format(lb) + ' lb';
  }

  // A goal as a dashed horizontal line with its label (a time series), or without it (daily bars: the legend names
  // the line).
  function goalLine(goal, labelled) {
    return { silent: true, symbol: 'none', lineStyle: GOAL_STYLE,
      // On a light backing: over a bar chart the label sits on the bars that reach the goal.
      label: labelled === false ? { show: false } : { formatter: goal.label, position: 'insideEndTop',
        color: '#1b1f24', backgroundColor: 'rgba(255, 255, 255, 0.85)', padding: [1, 4], borderRadius: 2 },
      data: [{ yAxis: goal.value }] };
  }

  var GOAL_STYLE = { color: '#1b1f24', type: 'dashed', width: 1.5 };

  function series(spec, bands, wide) {
    return spec.series.map(function (s, i) {
      var line = {
        name: s.name, type: 'line', data: s.data, color: s.color, showSymbol: s.data.length < 60,
        symbol: i === 0 ? 'circle' : 'rect', symbolSize: 5, connectNulls: true,
        // An average is drawn above the raw readings, which are lightened when it is there.
        z: s.dashed ? 3 : 2,
        lineStyle: { width: s.dashed ? 2.5 : 1.2, type: s.dashed ? 'dashed' : 'solid',
          opacity: !s.dashed && spec.series.some(function (o) { return o.dashed && o.name.indexOf('average') >= 0; })
            ? 0.55 : 1 }
      };
      if (i === 0 && spec.goal) {
        line.markLine = goalLine(spec.goal);
      }
      if (i === 0 && bands.length) {
        line.markArea = {
          silent: true,
          // Band names sit in the band's top-left corner, and only where there is room for them (the chart's
          // description and the category table name them too).
          label: { show: wide, position: 'insideTopLeft', color: '#333', fontSize: 10, distance: 2,
            // Readable where a line crosses the name.
            backgroundColor: 'rgba(255, 255, 255, 0.75)', padding: [1, 3], borderRadius: 2 },
          // A band with a start day (a child's categories, from the day they apply) runs from it to the end.
          data: bands.map(function (b) {
            var start = { yAxis: b.from, name: b.label, itemStyle: { color: b.color } }, end = { yAxis: b.to };
            // A narrow band (AHA/ACC's stage 1, 130 to 134) has no room for its name, which would sit on the one
            // below: the legend under the chart names it.
            if (b.to - b.from < 8) {
              start.label = { show: false };
            }
            if (b.since != null) {
              start.xAxis = b.since;
              end.xAxis = 'max';
            }
            return [start, end];
          })
        };
      }
      return line;
    });
  }

  var dayFormat = new Intl.DateTimeFormat(locale,
    { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  var clockFormat = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  // Axis ticks in the same language and style as the page's dates ("Nov 29" or "29 Nov"), shorter than a full date.
  var tickDayFormat = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  var tickMonthFormat = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  var tickYearFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  var tickMonthYearFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });

  function dayTick(text) {
    return tickDayFormat.format(new Date(text + 'T00:00:00Z'));
  }

  // Over a long span the ticks are the months' first days, each named by its month, and January by its year too
  // ("Jan 2026", "Feb", "Mar"); over more than two years, the years' first days alone: days alone never named the
  // year, and a day's tick every few days said "Jan 2026" twice.
  function monthTick(text) {
    var d = new Date(text + 'T00:00:00Z');
    return d.getUTCMonth() === 0 ? tickMonthYearFormat.format(d) : tickMonthFormat.format(d);
  }

  function ticks(spec) {
    var n = spec.categories.length;
    if (n <= 120) {
      return 'auto';
    }
    return function (index, value) {
      return n > 800 ? value.slice(5) === '01-01' : value.slice(8) === '01';
    };
  }

  // Hours as the page's tables write them: "1 h 17" (1.3 read as 1 h 30).
  function hoursMinutes(hours) {
    var minutes = Math.round(hours * 60);
    return Math.floor(minutes / 60) + ' h ' + String(minutes % 60).padStart(2, '0');
  }

  function day(text) {
    return dayFormat.format(new Date(text + 'T00:00:00Z'));
  }

  // Rounds up to a tick the axis would pick anyway (25,000 rather than 26,335), so the top label stands alone.
  function niceCeil(x) {
    var step = Math.pow(10, Math.floor(Math.log10(x))) / 2;
    return Math.ceil(x / step) * step;
  }

  function stacked(spec, el) {
    var labels = spec.labels || [];
    // A label per bar only where bars are wide enough for one (about 22 px).
    var roomy = el.clientWidth / Math.max(spec.categories.length, 1) >= 22;
    var last = spec.series.length - 1;
    var series = spec.series.map(function (s, i) {
      var bar = { name: s.name, type: 'bar', stack: 'day', data: s.data, color: s.color, barMaxWidth: 28,
        emphasis: { focus: 'series' } };
      if (i === last && labels.length) {
        bar.label = { show: roomy, position: 'top', fontSize: 11, color: '#1b1f24',
          formatter: function (p) { return labels[p.dataIndex] || ''; } };
        bar.labelLayout = { hideOverlap: true };
      }
      return bar;
    });
    // Over bars the goal's label sat on the bars that reached it (a day's steps, a night's score): the legend names
    // the line instead.
    if (spec.goal) {
      series[0].markLine = goalLine(spec.goal, false);
      series.push({ name: spec.goal.label, type: 'line', data: [], color: GOAL_STYLE.color, lineStyle: GOAL_STYLE,
        symbol: 'none' });
    }
    var legend = spec.series.length > 1 || !!spec.goal;
    return {
      animation: false,
      aria: { enabled: false },
      legend: { top: 0, show: legend },
      tooltip: {
        trigger: 'axis', axisPointer: { type: 'shadow' },
        formatter: function (items) {
          if (!items.length) { return ''; }
          var i = items[0].dataIndex;
          var lines = [day(spec.categories[i])];
          items.forEach(function (it) {
            if (it.value !== null && it.value !== undefined) {
              lines.push(it.marker + it.seriesName + ': <b>' + (spec.hours ? hoursMinutes(it.value)
                : (spec.decimals == null ? numberFormat : fixed(spec.decimals)).format(it.value)
                  + (spec.unit ? '\u00a0' + spec.unit : '')) + '</b>');
            }
          });
          if (labels[i]) { lines.push((spec.labelName || '') + ': <b>' + labels[i] + '</b>'); }
          return lines.join('<br>');
        }
      },
      grid: { left: 48, right: 28, top: legend ? (el.clientWidth < 560 ? 80 : 56) : 36, bottom: 64,
        containLabel: true },
      xAxis: { type: 'category', data: spec.categories, axisTick: { alignWithLabel: true, interval: ticks(spec) },
        axisLabel: { formatter: spec.categories.length > 120 ? monthTick : dayTick, hideOverlap: true,
          interval: ticks(spec) } },
      // Bars start at 0, which goes without saying: its label ran into the first day's ("0Nov 4").
      yAxis: { type: 'value', name: spec.y, nameTextStyle: { align: 'left' }, axisLabel: { showMinLabel: false },
        max: spec.goal ? function (v) { return niceCeil(Math.max(v.max, spec.goal.value * 1.1)); } : null },
      dataZoom: spec.categories.length > 60 ? zoom() : [],
      series: series
    };
  }

  function hypnogram(spec) {
    var clock = formats(spec).clock;
    return {
      animation: false,
      aria: { enabled: false },
      tooltip: {
        formatter: function (p) {
          return p.marker + spec.rows[p.value[2]] + ': ' + clock.format(new Date(p.value[0])) + '\u2013'
            + clock.format(new Date(p.value[1]));
        }
      },
      grid: { left: 16, right: 16, top: 16, bottom: 32, containLabel: true },
      xAxis: { type: 'time', min: spec.data.length ? spec.data[0][0] : null,
        max: spec.data.length ? spec.data[spec.data.length - 1][1] : null,
        axisLabel: { hideOverlap: true, formatter: function (v) { return clock.format(new Date(v)); } } },
      yAxis: { type: 'category', data: spec.rows },
      series: [{
        type: 'custom', name: 'Stage', data: spec.data, encode: { x: [0, 1], y: 2 },
        renderItem: function (params, api) {
          var start = api.coord([api.value(0), api.value(2)]);
          var end = api.coord([api.value(1), api.value(2)]);
          var height = api.size([0, 1])[1] * 0.7;
          return { type: 'rect', shape: { x: start[0], y: start[1] - height / 2,
            width: Math.max(end[0] - start[0], 1), height: height },
            style: { fill: spec.colors[api.value(2)] } };
        }
      }]
    };
  }

  function calendar(spec) {
    return {
      animation: false,
      aria: { enabled: false },
      tooltip: { formatter: function (p) { return day(p.value[0]) + ': <b>' + numberFormat.format(p.value[1]) + '</b> steps'; } },
      // A sequential single-hue scale (light to dark blue): readable with any colour-vision deficiency.
      visualMap: { min: 0, max: spec.max, calculable: false, orient: 'horizontal', left: 36, bottom: 0,
        inRange: { color: ['#eef5fb', '#9ecae1', '#4292c6', '#08519c', '#08306b'] },
        text: [numberFormat.format(spec.max) + '+', '0'], itemHeight: 120 },
      calendar: { range: [spec.from, spec.to], top: 28, left: 36, right: 12, cellSize: ['auto', 15],
        yearLabel: { show: false },
        dayLabel: { firstDay: 1, nameMap: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'], fontSize: 10 }, splitLine: { show: false },
        itemStyle: { borderColor: '#fff', borderWidth: 2, color: '#f6f7f9' } },
      series: [{ type: 'heatmap', coordinateSystem: 'calendar', data: spec.data }]
    };
  }

  // A swipe or the mouse wheel over a chart scrolls the page, as anywhere else: the slider below the chart zooms and
  // pans, and so does the wheel with Ctrl held.
  // The lowest and highest value of a time series' readings (and its goal), or null without readings.
  function extent(spec) {
    var low = Infinity, high = -Infinity;
    spec.series.forEach(function (s) {
      s.data.forEach(function (p) {
        if (p[1] !== null) {
          low = Math.min(low, p[1]);
          high = Math.max(high, p[1]);
        }
      });
    });
    if (low > high) { return null; }
    if (spec.goal) {
      low = Math.min(low, spec.goal.value);
      high = Math.max(high, spec.goal.value);
    }
    return { low: low, high: high };
  }

  // The value axis of a chart with category bands: every reading with 5 units of room, in whole tens, at least
  // 100 to 150; null without bands or readings.
  function valueSpan(spec, bands) {
    var e = bands.length ? extent(spec) : null;
    return e && { min: Math.min(Math.floor((e.low - 5) / 10) * 10, 100),
      max: Math.max(Math.ceil((e.high + 5) / 10) * 10, 150) };
  }

  // The value axis of a chart in stones (decimal stones): ticks a whole number of pounds apart (1, 2, 4, 7 lb, a
  // stone or more), about five of them; ECharts' own round steps in stones, 0.3 st, were 4 lb then 5.
  function stoneSpan(spec) {
    var e = spec.stones ? extent(spec) : null;
    if (!e) { return null; }
    var low = e.low * 14, high = e.high * 14;
    var step = [1, 2, 4, 7, 14, 28, 42, 70, 140].find(function (lb) { return (high - low) / lb <= 5; }) || 280;
    var min = Math.floor(low / step) * step, max = Math.ceil(high / step) * step;
    if (max === min) { max += step; }
    // The end as ECharts reaches it, a step at a time from the start.
    return { min: min / 14, max: min / 14 + (max - min) / step * (step / 14), interval: step / 14 };
  }

  // The value axis of a score out of a "ceiling" (a sleep score of 100), or null for ECharts' own: one value gets the
  // tens from 20 below it to 10 above it, never past the ceiling (ECharts' round steps put a single night's 98 on an
  // axis from 40 to 160); readings that come within 10 of the ceiling end there (not at 110).
  function ceilingSpan(spec) {
    var e = spec.ceiling != null ? extent(spec) : null;
    if (!e) { return null; }
    if (e.low === e.high) {
      return { min: Math.max(Math.floor((e.low - 20) / 10) * 10, 0),
        max: Math.min(Math.ceil((e.high + 10) / 10) * 10, spec.ceiling) };
    }
    return e.high > spec.ceiling - 10 ? { min: null, max: spec.ceiling } : null;
  }

  function zoom() {
    return [{ type: 'inside', zoomOnMouseWheel: 'ctrl', moveOnMouseWheel: false, moveOnMouseMove: false,
      preventDefaultMouseMove: false }, { type: 'slider', height: 20, bottom: 8 }];
  }

  function draw(el) {
    var spec = JSON.parse(el.dataset.chart);
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    if (spec.kind) {
      chart.setOption(spec.kind === 'stacked' ? stacked(spec, el)
        : spec.kind === 'hypnogram' ? hypnogram(spec) : calendar(spec));
      // A year wider than the screen opens on its latest months, not its oldest.
      if (el.parentElement && el.parentElement.classList.contains('chart-scroll')) {
        el.parentElement.scrollLeft = el.parentElement.scrollWidth;
      }
      window.addEventListener('resize', function () { chart.resize(); });
      el.dataset.ready = 'true';
      return;
    }
    // Category bands (blood pressure): the axis spans the readings in whole tens with room around them, the same
    // over any zoom, and only the bands' parts inside it are drawn, each named once: a band starting at the top of
    // the axis put its name on the band below it.
    var span = valueSpan(spec, spec.bands || []);
    var stone = stoneSpan(spec);
    var ceiling = ceilingSpan(spec);
    // Whole numbers only (a score, steps, mmHg): ticks of whole numbers too, never "73.5".
    var whole = spec.series.every(function (s) {
      return s.data.every(function (p) { return Number.isInteger(p[1]); });
    });
    var bands = (spec.bands || []).filter(function (b) { return span && b.from < span.max && b.to > span.min; })
      .map(function (b) {
        return { from: Math.max(b.from, span.min), to: Math.min(b.to, span.max), label: b.label, color: b.color,
          since: b.since };
      });
    // A night or a day (a hypnogram's vitals, an intraday series) is labelled by the clock, as the hypnogram is:
    // the same 12- or 24-hour form of the viewer's language; longer ranges keep ECharts' dates.
    var first = Infinity, last = -Infinity;
    spec.series.forEach(function (s) {
      if (s.data.length) {
        first = Math.min(first, s.data[0][0]);
        last = Math.max(last, s.data[s.data.length - 1][0]);
      }
    });
    // The time axis spans the range chosen (a week with one reading is a week), and any reading outside it: a night
    // ends on its member's day, which a viewer in another time zone may see on the day after.
    if (spec.from != null && first <= last) {
      first = Math.min(first, spec.from);
      last = Math.max(last, spec.to);
    }
    // A day's tick says its month too ("Nov 29" or "29 Nov", in the page's language): a bare "29" next to a month's
    // tick read as 29 December. Where day ticks show (a span of up to about three months, also once zoomed in), a
    // month's first day is a day like the others; longer spans name the months alone, and the years. A tick within a
    // day (a span of a few days: ticks every 6 or 12 hours) says its time, not its day again ("Dec 1 Dec 1 Dec 1").
    function dates(span) {
      var months = span > 100 * 24 * 3600 * 1000;
      return function (v) {
        var d = new Date(v);
        if (!spec.daily && (d.getUTCHours() !== 0 || d.getUTCMinutes() !== 0)) {
          return clockFormat.format(d);
        }
        if (months && d.getUTCDate() === 1) {
          return d.getUTCMonth() === 0 ? tickYearFormat.format(d) : tickMonthFormat.format(d);
        }
        return tickDayFormat.format(d);
      };
    }
    // The axis's own ticks only: its two ends fall on the first and last reading, between ticks ("Nov 5Nov 9").
    // On a phone, over more than three weeks, a label at least a week after the last one shown: ECharts' ticks four
    // days apart ran into each other ("Nov 13Nov 17") without overlapping enough to be hidden, and labelling every
    // other tick instead left a 90-day chart, ticked monthly, with a single date. (The ticks come in order; a value
    // before the last one shown is a new drawing, after a zoom; a call without a tick's index is no drawing's.)
    function spaced(label, span) {
      var week = 7 * 24 * 3600 * 1000;
      if (el.clientWidth >= 560 || span <= 3 * week) { return label; }
      var shown = null;
      return function (v, i) {
        if (i === undefined) { return label(v); }
        if (shown !== null && v >= shown && v - shown < week) { return ''; }
        shown = v;
        return label(v);
      };
    }
    var axisLabel = { hideOverlap: true, showMinLabel: false, showMaxLabel: false,
      formatter: spaced(dates(last - first), last - first) };
    var format = formats(spec);
    if (spec.zone || !spec.daily && last > first && last - first <= 36 * 3600 * 1000) {
      axisLabel.formatter = function (v) { return format.clock.format(new Date(v)); };
    } else {
      chart.on('datazoom', function () {
        var zoom = chart.getOption().dataZoom[0];
        var span = (last - first) * (zoom.end - zoom.start) / 100;
        chart.setOption({ xAxis: { axisLabel: { formatter: spaced(dates(span), span) } } });
      });
    }
    chart.setOption({
      animation: false,
      useUTC: true,
      aria: { enabled: false },
      legend: { top: 0, show: spec.series.length > 1 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'line' },
        formatter: function (items) {
          if (!items.length) { return ''; }
          // A value with its unit and its decimals, as the page's figures write it ("80.7 kg", "81.0 kg", "23.1 %");
          // a day's value (calories) under its date alone, not the noon it is drawn at.
          var lines = [(spec.daily ? dayFormat : format.date).format(new Date(items[0].value[0]))];
          items.forEach(function (it) {
            var decimals = spec.series[it.seriesIndex].decimals;
            lines.push(it.marker + it.seriesName + ': <b>' + (spec.stones ? stones(it.value[1], 1)
              : fixed(decimals == null ? (whole ? 0 : 1) : decimals).format(it.value[1])
                + (spec.unit ? '\u00a0' + spec.unit : '')) + '</b>');
          });
          return lines.join('<br>');
        }
      },
      // A legend of several series wraps on a phone: room for its second line above the axis name.
      grid: { left: 48, right: 16, top: spec.series.length > 1 ? (el.clientWidth < 560 ? 80 : 56) : 36, bottom: 64,
        containLabel: true },
      // On a phone, ticks at least a week apart over a month or more: four-day ticks ran into each other.
      xAxis: { type: 'time', axisLabel: axisLabel, splitNumber: el.clientWidth < 560 ? 4 : 7,
        // The range's last millisecond: a tick at the midnight after it was labelled with the next day.
        min: spec.from != null && first <= last ? first : null,
        max: spec.from != null && first <= last ? (last === spec.to ? last - 1 : last) : null,
        minInterval: el.clientWidth < 560 && last - first > 21 * 24 * 3600 * 1000 ? 7 * 24 * 3600 * 1000 : null },
      yAxis: { type: 'value', name: spec.y, scale: true, nameTextStyle: { align: 'left' },
        // A goal below or above the readings widens the axis to a value between ticks: no label there ("78 77").
        // (An axis in stones ends on ticks of its own: its end labels stay.)
        axisLabel: Object.assign(spec.goal && !stone ? { showMinLabel: false, showMaxLabel: false } : {},
          spec.stones ? { formatter: function (v) { return stones(v, 0); } } : {}),
        min: span ? span.min : stone ? stone.min
          : spec.goal ? function (v) { return Math.floor(Math.min(v.min, spec.goal.value) - 1); }
          : ceiling && ceiling.min,
        max: span ? span.max : stone ? stone.max
          : spec.goal ? function (v) { return Math.ceil(Math.max(v.max, spec.goal.value) + 1); }
          : ceiling && ceiling.max,
        // ECharts takes a null interval as one; no key at all is its own choice.
        interval: stone ? stone.interval : undefined, minInterval: whole ? 1 : undefined },
      dataZoom: zoom(),
      series: series(spec, bands, el.clientWidth >= 560)
    });
    window.addEventListener('resize', function () { chart.resize(); });
    el.dataset.ready = 'true';
  }

  var failure = null;
  document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
    try {
      draw(el);
    } catch (e) {
      el.textContent = 'This chart could not be drawn.';
      failure = failure || e;
    }
  });
  window.pulseboardChartsReadyAt = performance.now();
  if (failure) {
    throw failure;
  }
})();
