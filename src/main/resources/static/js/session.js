// A signed-in page warns before its session ends for lack of activity and lets the user stay signed in with one
// press (WCAG 2.2.1, timing adjustable): the warning comes `lead` seconds (2 minutes, at least 20 s) before the
// earliest moment the session may end. Sign-in sessions store their last access at most once a minute, so that
// moment is a minute before the idle timeout, counted from the page's last request to the server (its own load,
// a polled sync panel, a "Stay signed in"). Typing in the page counts as activity: a page someone types in asks
// the server now and then, so that a long note is not lost to a timeout. Once the session may have ended the
// notice says so, and that a form sent from the page will not be saved.
(function () {
  var box = document.getElementById('session-ending');
  var seconds = box ? parseInt(box.getAttribute('data-seconds'), 10) : NaN;
  if (!box || !(seconds > 0)) {
    return;
  }
  var WRITE_EVERY = 60;
  var lead = Math.min(120, Math.max(20, seconds / 4));
  var typingEvery = Math.min(300, seconds / 3) * 1000;
  var lastRequest = Date.now();
  var state = 'quiet';
  var returnFocus = null;

  function duration(s) {
    var minutes = Math.round(s / 60);
    return s >= 90 ? minutes + ' minutes' : Math.round(s) + ' seconds';
  }

  function show(html) {
    box.innerHTML = html;
    box.hidden = false;
  }

  function quiet() {
    state = 'quiet';
    box.hidden = true;
    box.innerHTML = '';
  }

  function warn() {
    state = 'warned';
    show('<p>You will be signed out in about ' + duration(lead) + ' for lack of activity; what you typed here and'
        + ' did not send would be lost. <button type="button">Stay signed in</button></p>');
    returnFocus = document.activeElement;
    var button = box.querySelector('button');
    button.addEventListener('click', function () {
      stay(true);
    });
    button.focus();
  }

  function ended() {
    state = 'ended';
    show('<p>You have been signed out after ' + duration(seconds) + ' without activity: a form sent from this'
        + ' page will not be saved. Copy what you typed, then <a href="' + box.getAttribute('data-login')
        + '">sign in again</a>.</p>');
  }

  // Asks the server, which moves the session's last access; 204 while signed in, 401 once the session has ended.
  function stay(pressed) {
    fetch(box.getAttribute('data-url'), { credentials: 'same-origin', cache: 'no-store', redirect: 'manual' })
      .then(function (response) {
        if (response.status === 204) {
          lastRequest = Date.now();
          if (state !== 'quiet') {
            quiet();
          }
          if (pressed && returnFocus && returnFocus !== document.body && document.contains(returnFocus)) {
            returnFocus.focus();
          }
        } else {
          ended();
        }
      }, function () {
        // The server could not be reached: the warning stays, and its button can be pressed again.
      });
  }

  function check() {
    var idle = (Date.now() - lastRequest) / 1000;
    if (idle >= seconds && state !== 'ended') {
      ended();
    } else if (idle >= seconds - WRITE_EVERY - lead && state === 'quiet') {
      warn();
    }
  }

  document.addEventListener('input', function () {
    if (state !== 'ended' && Date.now() - lastRequest > typingEvery) {
      lastRequest = Date.now();
      stay(false);
    }
  });
  document.body.addEventListener('htmx:afterRequest', function (e) {
    var xhr = e.detail.xhr;
    if (xhr && xhr.status === 200 && (xhr.responseURL || '').indexOf(box.getAttribute('data-login')) < 0) {
      lastRequest = Date.now();
      if (state === 'warned') {
        quiet();
      }
    }
  });
  document.addEventListener('visibilitychange', check);
  setInterval(check, 1000);
}());
