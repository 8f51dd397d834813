// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  var stream = null;

  // A boosted click answered 4xx or 5xx shows that page (the service's refusal, a 404, a 503) instead of nothing:
  // htmx 2 drops error answers by default.
  if (window.htmx) {
    htmx.config.responseHandling = [
      { code: "204", swap: false },
      { code: "[2345]..", swap: true, error: false }
    ];
  }

  // Charts and the map: Apache ECharts, loaded only where a chart is; the tables beside them carry the same figures
  // without it. Each chart's option comes whole from the page (domain/ChartOptions).
  function charts(root) {
    var first = root.querySelector("[data-chart]");
    if (!first) { return; }
    if (typeof echarts === "undefined") {
      if (!document.getElementById("echarts")) {
        var script = document.createElement("script");
        script.id = "echarts";
        script.src = first.dataset.chartSrc;
        script.onload = function () { charts(document); };
        document.head.appendChild(script);
      }
      return;
    }
    var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    root.querySelectorAll("[data-chart]").forEach(function (element) {
      if (element.dataset.drawn) { return; }
      var option = JSON.parse(element.dataset.chart);
      option.animation = !still;
      var chart = echarts.init(element, null, { renderer: "svg" });
      chart.setOption(option);
      element.dataset.drawn = "1";
      window.addEventListener("resize", function () { chart.resize(); });
    });
  }

  function alerts(root) {
    var list = root.querySelector("#alert-list[data-stream]");
    if (!list || !window.EventSource) { return; }
    if (stream) { stream.close(); }
    var live = document.getElementById("live-status");
    stream = new EventSource(list.dataset.stream);
    stream.addEventListener("open", function () { if (live) { live.textContent = live.dataset.waiting; } });
    stream.addEventListener("alert", function (event) {
      if (!event.data || document.getElementById("alert-list") !== list) { return; }
      var holder = document.createElement("ul");
      holder.innerHTML = event.data;
      var item = holder.firstElementChild;
      // one alert once: the same entry, or the same cause arriving by stream and inbox both
      if (!item || (item.id && document.getElementById(item.id))
          || (item.dataset.cause && list.querySelector('[data-cause="' + item.dataset.cause + '"]'))) { return; }
      item.classList.add("fresh");
      list.insertBefore(item, list.firstElementChild);
      var none = document.getElementById("no-alerts");
      if (none) { none.remove(); }
      if (live) { live.textContent = (item.querySelector(".subject") || item).textContent.trim(); }
      if (window.htmx) { window.htmx.process(item); }
    });
  }

  function confirmations(root) {
    root.querySelectorAll("form[data-confirm]").forEach(function (form) {
      if (form.dataset.bound) { return; }
      form.dataset.bound = "1";
      form.addEventListener("submit", function (event) {
        if (!window.confirm(form.dataset.confirm)) { event.preventDefault(); event.stopImmediatePropagation(); }
      }, true);
    });
  }

  // A form shown again with the service's refusal: the summary takes the focus, so it is read first
  function refusal(root) {
    var summary = root.querySelector("form.report-form") && root.querySelector("#refusal");
    if (summary && summary !== document.activeElement) { summary.focus(); }
  }

  function enhance(root) {
    charts(root);
    refusal(root);
    alerts(root);
    confirmations(root);
  }

  document.addEventListener("DOMContentLoaded", function () {
    enhance(document);
    document.body.addEventListener("htmx:afterSettle", function () { enhance(document); });
    document.body.addEventListener("htmx:configRequest", function (event) {
      event.detail.headers["X-Requested-With"] = "JavaScript";
    });
    document.body.addEventListener("htmx:beforeSwap", function (event) {
      if (event.detail.xhr && event.detail.xhr.status === 499) {
        // the session ended: go there the ordinary way, through the sign-in page
        event.detail.shouldSwap = false;
        window.location.href = event.detail.pathInfo && event.detail.pathInfo.requestPath || window.location.href;
        return;
      }
      if (stream) { stream.close(); stream = null; }
    });
  });
})();
