// When a polled sync-status panel comes back without polling (its run has ended), reload the page instead of
// swapping the panel in, so the charts, cards and tables show what the run brought, not the empty state they
// were rendered with.
(function () {
  document.body.addEventListener('htmx:beforeSwap', function (e) {
    var target = e.detail.target;
    var html = e.detail.xhr ? e.detail.xhr.responseText : '';
    if (target && target.classList && target.classList.contains('sync-status') && html.indexOf('hx-get') < 0) {
      e.detail.shouldSwap = false;
      window.location.reload();
    }
  });
})();
