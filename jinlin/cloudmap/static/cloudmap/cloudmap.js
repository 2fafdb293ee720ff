// 党群云图: the communities coloured by an indicator, a legend, arrows of a rebalancing
// proposal, and a community's card on click. The shapes come with the page (no map server);
// every name reaches the screen as text (escaped in tooltips).
(function () {
  "use strict";

  function escape(value) {
    return String(value == null ? "" : value).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }

  function format(spec, value) {
    if (value == null || isNaN(value)) return "—";
    return spec.percent ? Math.round(value * 100) + "%" : String(Math.round(value * 10) / 10);
  }

  function option(spec) {
    var names = {}, values = [];
    spec.communities.forEach(function (c) { names[c.id] = c; values.push(c.value); });
    var min = Math.min.apply(null, values.concat([0])), max = Math.max.apply(null, values.concat([1]));
    var colours = spec.worse_high ? ["#e8f3ec", "#f5b700", "#c8102e"] : ["#c8102e", "#f5b700", "#e8f3ec"];
    var series = [{
      type: "map", map: "jinlin-cloudmap", geoIndex: 0, name: spec.indicator,
      data: spec.communities.map(function (c) { return {name: c.id, value: c.value}; })
    }];
    if (spec.arrows && spec.arrows.length) {
      series.push({
        type: "lines", coordinateSystem: "geo", zlevel: 2, name: spec.labels.members,
        symbol: ["none", "arrow"], symbolSize: 9,
        lineStyle: {width: 2, opacity: 0.85, curveness: 0.2},
        data: spec.arrows.map(function (a) {
          return {coords: [a.from, a.to], info: a,
                  lineStyle: {color: a["new"] ? "#7a3db8" : "#0b5cad", width: 1 + Math.min(6, a.members / 2)}};
        }),
        tooltip: {formatter: function (p) {
          var a = p.data.info;
          return escape(a.unit) + " → " + escape(a.community) + "<br>" + escape(a.members) + " " +
            escape(spec.labels.members) + (a["new"] ? "（" + escape(spec.labels["new"]) + "）" : "");
        }}
      });
      series.push({
        type: "effectScatter", coordinateSystem: "geo", zlevel: 3, symbolSize: 6,
        itemStyle: {color: "#0b5cad"}, rippleEffect: {scale: 2.5},
        data: spec.arrows.map(function (a) { return {name: a.unit, value: a.from}; }),
        tooltip: {formatter: function (p) { return escape(p.data.name); }}
      });
    }
    return {
      tooltip: {trigger: "item", confine: true, formatter: function (p) {
        var c = names[p.name];
        if (!c) return "";
        return "<strong>" + escape(c.name) + "</strong><br>" + escape(spec.indicator) + "：" + escape(format(spec, c.value));
      }},
      visualMap: {
        type: "continuous", min: min, max: max === min ? min + 1 : max, calculable: true,
        orient: "horizontal", left: "center", bottom: 4, itemWidth: 12, itemHeight: 140,
        inRange: {color: colours}, seriesIndex: 0,
        formatter: function (v) { return format(spec, v); }
      },
      geo: {
        map: "jinlin-cloudmap", roam: true, top: 8, bottom: 56, left: 8, right: 8,
        label: {show: spec.communities.length <= 40, fontSize: 10, color: "#1f2328",
                formatter: function (p) { return names[p.name] ? names[p.name].name : ""; }},
        itemStyle: {borderColor: "#fff", borderWidth: 1, areaColor: "#eef0f3"},
        emphasis: {label: {show: true}, itemStyle: {areaColor: "#0b5cad"}}
      },
      series: series
    };
  }

  function openCard(spec, pk) {
    // The card is a fragment rendered (and escaped) by the server; htmx swaps it in.
    var card = document.getElementById("community-card");
    if (!card || !spec.card_url || typeof htmx === "undefined") return;
    var url = spec.card_url.replace("/0/", "/" + pk + "/") + window.location.search;
    htmx.ajax("GET", url, {target: card, swap: "innerHTML"}).then(function () {
      if (window.jinlinDrawCharts) window.jinlinDrawCharts(card);
      card.scrollIntoView({behavior: "smooth", block: "nearest"});
    });
  }

  function draw(element) {
    var source = document.getElementById(element.getAttribute("data-cloudmap"));
    if (!source || typeof echarts === "undefined") return;
    var spec = JSON.parse(source.textContent);
    if (!spec.geo.features.length) {
      var empty = document.createElement("p");
      empty.className = "muted";
      empty.textContent = spec.labels.empty;
      element.replaceChildren(empty);
      element.classList.add("empty");
      return;
    }
    echarts.registerMap("jinlin-cloudmap", spec.geo);
    var chart = echarts.init(element);
    chart.setOption(option(spec));
    var byId = {};
    spec.communities.forEach(function (c) { byId[c.id] = c; });
    chart.on("click", function (p) {
      var c = byId[p.name];
      if (c) openCard(spec, c.pk);
    });
    element.setAttribute("data-drawn", "true");
    window.addEventListener("resize", function () { chart.resize(); });
  }

  document.querySelectorAll("[data-cloudmap]").forEach(draw);
})();
