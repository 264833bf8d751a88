// A page the browser restores from its back-forward cache (Back, Forward) was not asked of the server, whatever its
// Cache-Control said: what it shows may no longer be this user's to see (a grant revoked or ended, a sign-out
// elsewhere). It is loaded again, so the server decides what it shows.
window.addEventListener('pageshow', function (event) {
  if (event.persisted) {
    window.location.reload();
  }
});
