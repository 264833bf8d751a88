// When a polled sync-status panel comes back without polling (its run has ended), reload the page instead of
// swapping the panel in, so the charts, cards and tables show what the run brought, not the empty state they
// were rendered with. While the run goes on, a part of the page waiting for one data type (data-fills-with) is
// filled by a reload as soon as that type is done with items: a member's weigh-ins come first, in seconds.
// Someone typing in a field, with a form they changed, or with the focus anywhere on the page (a keyboard or
// screen-reader user on a link, whom a reload would send back to the top) is not interrupted: the panel says the
// sync has finished and offers the reload as a button.
(function () {
  function doneWithItems(html, type) {
    var li = new DOMParser().parseFromString(html, 'text/html').querySelector('li[data-type="' + type + '"]');
    return li !== null && li.getAttribute('data-state') === 'done' && li.getAttribute('data-items') !== '0';
  }

  function changed(field) {
    if (field.type === 'hidden' || field.type === 'submit' || field.type === 'button') {
      return false;
    }
    if (field.tagName === 'SELECT') {
      // With no option marked selected in the page, the first one is the default.
      var initial = Array.prototype.findIndex.call(field.options, function (o) { return o.defaultSelected; });
      return field.selectedIndex !== Math.max(initial, 0);
    }
    if (field.type === 'checkbox' || field.type === 'radio') {
      return field.checked !== field.defaultChecked;
    }
    return field.value !== field.defaultValue;
  }

  function busy() {
    var active = document.activeElement;
    if (active && active !== document.body && active !== document.documentElement) {
      return true;
    }
    return Array.prototype.some.call(document.querySelectorAll('input, select, textarea'), changed);
  }

  // The offer says what came: the run's end, or (the run going on) the data type a part of the page waits for.
  function notice(ended) {
    return '<p class="notice new-data">' + (ended ? 'The sync has finished.' : 'New readings have arrived.')
        + ' <button type="button">Show the latest (reloads the page)</button></p>';
  }

  document.body.addEventListener('htmx:beforeSwap', function (e) {
    var target = e.detail.target;
    var html = e.detail.xhr ? e.detail.xhr.responseText : '';
    if (!target || !target.classList || !target.classList.contains('sync-status')) {
      return;
    }
    announce(html, target);
    var waiting = document.querySelector('[data-fills-with]');
    var ended = html.indexOf('hx-get') < 0;
    if (ended || (waiting && doneWithItems(html, waiting.getAttribute('data-fills-with')))) {
      if (busy()) {
        // The panel goes in with the offer inside it, just before its closing tag.
        var end = e.detail.serverResponse.lastIndexOf('</div>');
        e.detail.serverResponse = e.detail.serverResponse.slice(0, end) + notice(ended)
            + e.detail.serverResponse.slice(end);
        return;
      }
      e.detail.shouldSwap = false;
      window.location.reload();
    }
  });

  // What a screen reader hears of a sync: the panel is replaced every 2 s and its counts change at each, so it is not
  // a live region itself; one that stays in the page says each step ("2 of 5 data types done") once, and the end; a
  // household card's panel says whose ("Sam: 2 of 5 data types done").
  var announcer = document.createElement('p');
  announcer.className = 'visually-hidden';
  announcer.id = 'sync-announcer';
  announcer.setAttribute('role', 'status');
  document.body.appendChild(announcer);

  function announce(html, target) {
    var panel = new DOMParser().parseFromString(html, 'text/html').getElementById(target.id);
    if (!panel) {
      return;
    }
    var step = panel.querySelector('#sync-summary-text, progress.sync-overall');
    var said = panel.hasAttribute('hx-get') ? (step ? step.textContent.trim() : '') : 'The sync has finished.';
    var card = target.closest('.member-card');
    var whose = card && card.querySelector('h2') ? card.querySelector('h2').textContent.trim() + ': ' : '';
    if (said && whose + said !== announcer.textContent) {
      announcer.textContent = whose + said;
    }
  }

  document.body.addEventListener('click', function (e) {
    if (e.target.closest && e.target.closest('.new-data button')) {
      window.location.reload();
    }
  });
})();
