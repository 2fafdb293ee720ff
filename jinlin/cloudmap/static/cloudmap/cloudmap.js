// 党群云图: the communities coloured by an indicator, a legend, arrows of a rebalancing
// proposal, and a community's card on click. The shapes come from this site, with the page or
// as a file of their own (no map server); every name reaches the screen as text (escaped in
// tooltips).
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

  // Names on the map while they fit: up to 40 communities on a wide screen, 12 on a phone's
  // (more overlap into an unreadable heap; a tap names any community).
  function option(spec, width) {
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
        label: {show: spec.communities.length <= (width >= 600 ? 40 : 12), fontSize: 10, color: "#1f2328",
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

  // An intranet's own tile server beneath the shapes (CLOUDMAP_TILE_URL), if there is one:
  // the Web Mercator tiles covering the view, each stretched between its corners' pixels.
  function tiles(chart, element, url) {
    function lon2x(lon, z) { return (lon + 180) / 360 * Math.pow(2, z); }
    function lat2y(lat, z) {
      var r = lat * Math.PI / 180;
      return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * Math.pow(2, z);
    }
    function x2lon(x, z) { return x / Math.pow(2, z) * 360 - 180; }
    function y2lat(y, z) {
      var n = Math.PI - 2 * Math.PI * y / Math.pow(2, z);
      return 180 / Math.PI * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n)));
    }
    function redraw() {
      var w = element.clientWidth, h = element.clientHeight;
      var a = chart.convertFromPixel({geoIndex: 0}, [0, 0]);
      var b = chart.convertFromPixel({geoIndex: 0}, [w, h]);
      if (!a || !b) return;
      var west = Math.min(a[0], b[0]), east = Math.max(a[0], b[0]);
      var south = Math.min(a[1], b[1]), north = Math.max(a[1], b[1]);
      var z = Math.max(3, Math.min(18, Math.round(Math.log(360 * w / (256 * (east - west))) / Math.LN2)));
      var x0 = Math.floor(lon2x(west, z)), x1 = Math.floor(lon2x(east, z));
      var y0 = Math.floor(lat2y(north, z)), y1 = Math.floor(lat2y(south, z));
      var images = [];
      for (var x = x0; x <= x1 && images.length < 64; x++) {
        for (var y = y0; y <= y1 && images.length < 64; y++) {
          var p = chart.convertToPixel({geoIndex: 0}, [x2lon(x, z), y2lat(y, z)]);
          var q = chart.convertToPixel({geoIndex: 0}, [x2lon(x + 1, z), y2lat(y + 1, z)]);
          images.push({type: "image", silent: true, z: -10, style: {
            image: url.replace("{z}", z).replace("{x}", x).replace("{y}", y),
            x: p[0], y: p[1], width: q[0] - p[0], height: q[1] - p[1]}});
        }
      }
      chart.setOption({graphic: {elements: images}}, {replaceMerge: ["graphic"]});
    }
    chart.on("georoam", function () { window.requestAnimationFrame(redraw); });
    window.setTimeout(redraw, 0);
    window.addEventListener("resize", redraw);
  }

  // The shapes come with the page, or (党群云图) as a file of their own that the browser keeps.
  function draw(element) {
    var source = document.getElementById(element.getAttribute("data-cloudmap"));
    if (!source || typeof echarts === "undefined") return;
    var spec = JSON.parse(source.textContent);
    if (!spec.geo_url) {
      render(element, spec);
      return;
    }
    element.setAttribute("aria-busy", "true");
    fetch(spec.geo_url, {credentials: "same-origin"})
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (geo) {
        spec.geo = geo;
        element.removeAttribute("aria-busy");
        render(element, spec);
      })
      .catch(function () {
        var failed = document.createElement("p");
        failed.className = "muted";
        failed.setAttribute("role", "alert");
        failed.textContent = spec.labels.failed;
        element.replaceChildren(failed);
        element.classList.add("empty");
        element.removeAttribute("aria-busy");
      });
  }

  function render(element, spec) {
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
    var opts = option(spec, element.clientWidth);
    if (spec.tile_url) {
      opts.geo.itemStyle.opacity = 0.7;
      opts.series[0].itemStyle = {opacity: 0.7};
    }
    chart.setOption(opts);
    if (spec.tile_url) tiles(chart, element, spec.tile_url);
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
