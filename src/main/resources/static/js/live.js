// When a polled sync-status panel comes back without polling (its run has ended), reload the page instead of
// swapping the panel in, so the charts, cards and tables show what the run brought, not the empty state they
// were rendered with. While the run goes on, a part of the page waiting for one data type (data-fills-with) is
// filled by a reload as soon as that type is done with items: a member's weigh-ins come first, in seconds.
(function () {
  function doneWithItems(html, type) {
    var li = new DOMParser().parseFromString(html, 'text/html').querySelector('li[data-type="' + type + '"]');
    return li !== null && li.getAttribute('data-state') === 'done' && li.getAttribute('data-items') !== '0';
  }

  document.body.addEventListener('htmx:beforeSwap', function (e) {
    var target = e.detail.target;
    var html = e.detail.xhr ? e.detail.xhr.responseText : '';
    if (!target || !target.classList || !target.classList.contains('sync-status')) {
      return;
    }
    var waiting = document.querySelector('[data-fills-with]');
    if (html.indexOf('hx-get') < 0 || (waiting && doneWithItems(html, waiting.getAttribute('data-fills-with')))) {
      e.detail.shouldSwap = false;
      window.location.reload();
    }
  });
})();
