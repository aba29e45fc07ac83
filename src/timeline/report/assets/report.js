// timeline report: draw the charts from the inline JSON, and filter the events table.
(function () {
  "use strict";
  var figures = JSON.parse(document.getElementById("report-figures").textContent);
  var config = { responsive: true, displaylogo: false, scrollZoom: true };
  var drawn = Object.keys(figures).map(function (id) {
    var figure = figures[id];
    return Plotly.newPlot(document.getElementById(id), figure.data, figure.layout, config);
  });

  var rows = Array.prototype.slice.call(document.querySelectorAll("#events-table tbody tr"));
  var actor = document.getElementById("f-actor");
  var country = document.getElementById("f-country");
  var type = document.getElementById("f-type");
  var from = document.getElementById("f-from");
  var to = document.getElementById("f-to");
  var count = document.getElementById("f-count");

  function matchesType(row, wanted) {
    if (!wanted) return true;
    var split = wanted.indexOf(":");
    var kind = wanted.slice(0, split), value = wanted.slice(split + 1);
    return row.getAttribute("data-" + kind) === value;
  }

  function apply() {
    var needle = actor.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var date = row.getAttribute("data-date");
      var ok = (!needle || row.getAttribute("data-actors").indexOf(needle) !== -1) &&
        (!country.value ||
          row.getAttribute("data-countries").split(" ").indexOf(country.value) !== -1) &&
        matchesType(row, type.value) &&
        (!from.value || (date && date >= from.value)) &&
        (!to.value || (date && date <= to.value));
      row.hidden = !ok;
      if (ok) shown += 1;
    });
    count.textContent = shown + " of " + rows.length + " events";
  }

  [actor, country, type, from, to].forEach(function (control) {
    control.addEventListener("input", apply);
    control.addEventListener("change", apply);
  });
  document.getElementById("f-reset").addEventListener("click", function () {
    actor.value = ""; country.value = ""; type.value = ""; from.value = ""; to.value = "";
    apply();
  });

  function onBarClick(id, handler) {
    var element = document.getElementById(id);
    element.on("plotly_click", function (event) {
      if (event.points && event.points.length) {
        handler(String(event.points[0].y));
        apply();
        document.getElementById("events").scrollIntoView({ behavior: "smooth" });
      }
    });
  }

  Promise.all(drawn).then(function () {
    onBarClick("fig-actors", function (label) { actor.value = label.toLowerCase(); });
    onBarClick("fig-cameo", function (label) { type.value = "root:" + label.split(" ")[0]; });
    onBarClick("fig-plover", function (label) { type.value = "plover:" + label; });
    window.timelineReportReady = true;
  }, function (error) {
    console.error("timeline report: a chart failed to draw", error);
  });
  apply();
})();
