// Draws the dashboard's charts from the page's data island with the vendored Chart.js. Without
// JavaScript the tables beside the charts carry the same figures; once a chart is drawn its
// table folds away under "Bảng số liệu" and stays one click from the reader.
(function () {
  'use strict';

  var island = document.getElementById('dashboard-data');
  if (!island || typeof Chart === 'undefined') {
    return;
  }

  var data = JSON.parse(island.textContent);
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  var locale = document.documentElement.lang || 'vi';

  function draw(id, config) {
    var canvas = document.getElementById(id);
    if (!canvas) {
      return;
    }

    config.options = Object.assign({ locale: locale, responsive: true }, config.options || {});
    new Chart(canvas, config);
    canvas.dataset.rendered = 'true';
    var figure = canvas.closest('figure');
    var next = figure && figure.parentElement.querySelector('details.chart-table');
    if (next) {
      next.open = false;
    }
  }

  function stackedBars(id, chart) {
    if (!chart.labels.length) {
      return;
    }

    draw(id, {
      type: 'bar',
      data: {
        labels: chart.labels,
        datasets: chart.series.map(function (s) {
          return { label: s.label, data: s.values, backgroundColor: s.colour };
        })
      },
      options: {
        indexAxis: 'y',
        scales: {
          x: { stacked: true, ticks: { precision: 0 } },
          y: { stacked: true, ticks: { autoSkip: false } }
        },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  }

  if (data.status.values.some(function (v) { return v > 0; })) {
    draw('chart-status', {
      type: 'doughnut',
      data: {
        labels: data.status.labels,
        datasets: [{ data: data.status.values, backgroundColor: data.status.colours }]
      },
      options: { plugins: { legend: { position: 'bottom' } } }
    });
  }

  stackedBars('chart-agencies', data.agencies);
  stackedBars('chart-reporting', data.reporting);

  data.indicators.forEach(function (indicator) {
    var unit = indicator.unit ? ' ' + indicator.unit : '';
    draw(indicator.canvas, {
      type: 'line',
      data: {
        labels: indicator.labels,
        datasets: [
          { label: indicator.actual.label, data: indicator.actual.values, borderColor: '#0d6efd', backgroundColor: '#0d6efd', spanGaps: true },
          { label: indicator.trajectory.label, data: indicator.trajectory.values, borderColor: '#6c757d', borderDash: [6, 4], pointRadius: 0, spanGaps: true },
          { label: indicator.target.label, data: indicator.target.values, borderColor: '#dc3545', backgroundColor: '#dc3545', pointRadius: 6, pointStyle: 'rectRot', showLine: false }
        ]
      },
      options: {
        scales: { y: { ticks: { callback: function (value) { return value.toLocaleString(locale) + unit; } } } },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  });
})();
