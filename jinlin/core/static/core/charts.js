// Every chart and offline map of the site (jinlin/core/charts.py describes them):
//   <div class="chart" data-chart="some-id"></div> {{ spec|json_script:"some-id" }}
// Text from the server goes into tooltips escaped, never as markup.
(function () {
  "use strict";

  function escape(value) {
    return String(value == null ? "" : value).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }

  // How many rows the legend takes at this width (ECharts lays it out by itself but leaves the
  // plot where it was, so a legend that wraps on a phone was drawn over the bars): its items are
  // a 25 px mark, their name in 12 px type and a 10 px gap.
  function legendRows(spec, width) {
    var rows = 1, used = 0;
    spec.series.forEach(function (s) {
      var text = String(s.name || ""), item = 25 + 5 + 10;
      for (var i = 0; i < text.length; i++) item += text.charCodeAt(i) > 255 ? 12 : 7;
      if (used && used + item > width - 10) { rows += 1; used = 0; }
      used += item;
    });
    return rows;
  }

  function bars(spec, element) {
    // Down the side (horizontal bars) every name has its row; along the bottom, names that
    // would overlap on a phone (twelve weeks' dates in 390 px) are thinned, never overprinted.
    var label = spec.horizontal ? {interval: 0} : {rotate: spec.rotate || 0, hideOverlap: true};
    var category = {type: "category", data: spec.categories, axisLabel: label};
    var values = spec.axes.map(function (a) {
      return {type: "value", name: a.name || "", max: a.max == null ? undefined : a.max, minInterval: 1};
    });
    var legend = spec.legend && spec.series.length > 1;
    var named = spec.axes.some(function (a) { return a.name; });
    var top = spec.series.length > 1 || named ? 36 : 16;
    if (legend) top = Math.max(top, legendRows(spec, element.clientWidth || 360) * 22 + (named ? 30 : 14));
    return {
      tooltip: {trigger: "axis", confine: true},
      legend: legend ? {top: 0} : undefined,
      // Room above the plot for the legend, in as many rows as it wraps to, and for an axis's
      // name (else it is cut off).
      grid: {left: 8, right: 16, bottom: 8, containLabel: true, top: top},
      xAxis: spec.horizontal ? values[0] : category,
      yAxis: spec.horizontal ? category : values,
      series: spec.series.map(function (s) {
        var out = {name: s.name, type: s.type, data: s.data, itemStyle: {color: s.color}};
        if (s.stack) out.stack = s.stack;
        if (s.axis && !spec.horizontal) out.yAxisIndex = s.axis;
        return out;
      })
    };
  }

  function map(spec, element) {
    var xs = [], ys = [];
    spec.zones.forEach(function (z) { z.shape.forEach(function (p) { xs.push(p[0]); ys.push(p[1]); }); });
    spec.points.concat(spec.communities).forEach(function (p) { xs.push(p.value[0]); ys.push(p.value[1]); });
    if (!xs.length) {
      var empty = document.createElement("p");
      empty.className = "muted";
      empty.style.padding = "1rem";
      empty.textContent = spec.labels.empty;
      element.replaceChildren(empty);
      return null;
    }
    var pad = 0.004;
    var series = spec.zones.map(function (z) {
      var ring = z.shape.length > 2 && z.shape[0][0] === z.shape[z.shape.length - 1][0];
      return {type: "line", name: z.kind, data: z.shape, showSymbol: false, lineStyle: {width: 4, color: "#0b5cad"},
        areaStyle: ring ? {color: "rgba(11,92,173,.15)"} : null, emphasis: {focus: "series"},
        tooltip: {formatter: function () { return escape(z.name) + "（" + escape(z.kind) + "）"; }}};
    });
    series.push({type: "scatter", name: spec.labels.points, data: spec.points, symbolSize: 14, itemStyle: {color: "#c8102e"},
      label: {show: spec.points.length < 40, formatter: function (p) { return p.data.name; }, position: "right", fontSize: 11},
      tooltip: {formatter: function (p) {
        var d = p.data, lines = ["<strong>" + escape(d.name) + "</strong>", escape(d.kind)];
        if (d.address) lines.push(escape(spec.labels.address) + "：" + escape(d.address));
        if (d.hours) lines.push(escape(spec.labels.hours) + "：" + escape(d.hours));
        return lines.join("<br>");
      }}});
    series.push({type: "scatter", name: spec.labels.community, data: spec.communities, symbol: "diamond", symbolSize: 16,
      itemStyle: {color: "#f5b700"}, label: {show: true, formatter: function (p) { return p.data.name; }, position: "top"},
      tooltip: {formatter: function (p) { return escape(p.data.name); }}});
    return {
      tooltip: {trigger: "item", confine: true}, grid: {left: 8, right: 8, top: 8, bottom: 8},
      xAxis: {type: "value", min: Math.min.apply(null, xs) - pad, max: Math.max.apply(null, xs) + pad, show: false, scale: true},
      yAxis: {type: "value", min: Math.min.apply(null, ys) - pad, max: Math.max.apply(null, ys) + pad, show: false, scale: true},
      series: series
    };
  }

  function draw(element) {
    var source = document.getElementById(element.getAttribute("data-chart"));
    if (!source || typeof echarts === "undefined") return;
    var spec = JSON.parse(source.textContent);
    var option = spec.kind === "map" ? map(spec, element) : bars(spec, element);
    if (!option) return;
    var chart = echarts.init(element);
    chart.setOption(option);
    window.addEventListener("resize", function () { chart.resize(); });
  }

  window.jinlinEscape = escape;
  // Charts inside a fragment loaded later (a card opened from the map).
  window.jinlinDrawCharts = function (root) { root.querySelectorAll("[data-chart]").forEach(draw); };
  document.querySelectorAll("[data-chart]").forEach(draw);
})();
