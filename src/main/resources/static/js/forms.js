// What the pages' forms and buttons do in the browser, kept out of the pages so that the Content-Security-Policy
// allows no inline script: a form with data-confirm asks before it is sent (data-confirm-checked: the question when
// its checkbox of that name is ticked), and so does a form sent by a button with data-confirm; a button with
// data-copy copies the field of that id; a field with data-select-on-focus selects its text when focused; an empty field with data-browser-zone gets this browser's time
// zone (left empty where the browser has none: the server then asks for one); a menu (details with data-menu, the
// header's Units) closes on Escape, focus back on its summary, and when focus moves out of it: left open over the
// page, it hid what the keyboard went on to; an address pointing into a closed details element opens it; an element
// with data-shown-when-empty shows (and sends) its fields only while the field of that id is empty.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = (event.submitter && event.submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
  if (!question) {
    return;
  }
  var checkbox = form.getAttribute('data-confirm-if');
  if (checkbox && form.elements[checkbox] && form.elements[checkbox].checked) {
    question = form.getAttribute('data-confirm-checked');
  }
  if (!window.confirm(question)) {
    event.preventDefault();
  }
});

document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  if (!button) {
    return;
  }
  var field = document.getElementById(button.getAttribute('data-copy'));
  field.select();
  var copied = function () { button.textContent = 'Copied'; };
  (navigator.clipboard ? navigator.clipboard.writeText(field.value) : Promise.reject()).then(copied, function () {
    document.execCommand('copy');
    copied();
  });
});

document.addEventListener('focusin', function (event) {
  if (event.target.hasAttribute && event.target.hasAttribute('data-select-on-focus')) {
    event.target.select();
  }
});

document.querySelectorAll('[data-browser-zone]').forEach(function (field) {
  try {
    if (!field.value) {
      field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    }
  } catch (e) {
    // left empty
  }
});

document.addEventListener('keydown', function (event) {
  var menu = event.key === 'Escape' && event.target.closest ? event.target.closest('details[data-menu][open]') : null;
  if (menu) {
    menu.open = false;
    menu.querySelector('summary').focus();
  }
});

// A press outside an open menu closes it too: on a phone it covers the top of the page.
document.addEventListener('pointerdown', function (event) {
  document.querySelectorAll('details[data-menu][open]').forEach(function (menu) {
    if (!menu.contains(event.target)) {
      menu.open = false;
    }
  });
});

document.addEventListener('focusout', function (event) {
  var menu = event.target.closest ? event.target.closest('details[data-menu][open]') : null;
  if (menu && event.relatedTarget && !menu.contains(event.relatedTarget)) {
    menu.open = false;
  }
});

// An address that points into a closed details element (a table's "Show the latest 14" back to #bp-table) opens it:
// the reader lands on what the link named, not on a closed summary line.
function openTargetedDetails() {
  var target = window.location.hash.length > 1 ? document.getElementById(decodeURIComponent(
      window.location.hash.slice(1))) : null;
  for (var el = target; el; el = el.parentElement) {
    if (el.tagName === 'DETAILS') {
      el.open = true;
    }
  }
}
document.addEventListener('DOMContentLoaded', openTargetedDetails);
window.addEventListener('hashchange', openTargetedDetails);

// A field that matters only while another is empty (the invitation's new member's name, while no existing member is
// chosen) is hidden and not sent otherwise: a name typed before choosing an existing member was refused with it ("not
// both"). What was typed stays, for when "a new member" is chosen again.
function showWhenEmpty(event) {
  document.querySelectorAll('[data-shown-when-empty]').forEach(function (el) {
    var other = document.getElementById(el.getAttribute('data-shown-when-empty'));
    // A refused form that came back with both filled in shows both, so that the refusal ("not both") is seen.
    var filled = !event && Array.prototype.some.call(el.querySelectorAll('input'), function (f) { return f.value; });
    var shown = !other || !other.value || filled;
    el.hidden = !shown;
    el.querySelectorAll('input, select, textarea').forEach(function (field) {
      field.disabled = !shown;
    });
  });
}
showWhenEmpty();
document.addEventListener('change', function (event) {
  if (event.target.id && document.querySelector('[data-shown-when-empty="' + event.target.id + '"]')) {
    showWhenEmpty(event);
  }
});

// A button with data-copy copies the text of the element it names (a link shown once) and says so; it is shown only
// where the browser can copy (a page over HTTPS, or localhost), the text staying selectable anyway.
document.querySelectorAll('[data-copy]').forEach(function (button) {
  if (!navigator.clipboard || !window.isSecureContext) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    var text = document.getElementById(button.getAttribute('data-copy')).textContent.trim();
    navigator.clipboard.writeText(text).then(function () {
      button.textContent = 'Copied';
    }, function () {
      button.textContent = 'Select the link and copy it';
    });
  });
});
