// When the last sync-status panel on the page stops polling (its run has ended), reload the page once, so the
// charts, cards and tables show what the run brought instead of the empty state they were rendered with.
(function () {
  var polling = !!document.querySelector('.sync-status[hx-get]');
  document.body.addEventListener('htmx:afterSettle', function () {
    var now = !!document.querySelector('.sync-status[hx-get]');
    if (polling && !now) {
      window.location.reload();
    }
    polling = now;
  });
})();
