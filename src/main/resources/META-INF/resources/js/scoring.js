// The scoring page keeps the juror's draft as they type: a pause of a second and a half, leaving a
// field, or leaving the page saves the form in the background (POST …/draft), and the line under the
// form says when it was saved or why not. Nothing typed is lost: the page is never reloaded for a
// save, and a link to the previous or next dossier first saves what changed (and stays put when the
// save is refused). Without script the "Lưu nháp" button posts the form as before.
(function () {
  var form = document.getElementById('scorecard');
  if (!form || !form.dataset.autosave || !window.fetch) {
    return;
  }
  var status = document.getElementById('autosave-status');
  var dirty = false;
  var timer = null;
  var saving = null;

  function body() {
    return new URLSearchParams(new FormData(form));
  }

  function show(text, failed) {
    status.textContent = text;
    status.classList.toggle('field-error', !!failed);
  }

  function save() {
    clearTimeout(timer);
    if (saving) {
      return saving.then(save);
    }
    if (!dirty) {
      return Promise.resolve(true);
    }
    dirty = false;
    show(form.dataset.saving, false);
    saving = fetch(form.dataset.autosave, { method: 'POST', body: body(), credentials: 'same-origin' })
      .then(function (response) {
        return response.text().then(function (text) {
          show(text, !response.ok);
          if (!response.ok) {
            dirty = true;
          }
          return response.ok;
        });
      })
      .catch(function () {
        dirty = true;
        show(form.dataset.offline, true);
        return false;
      })
      .then(function (ok) {
        saving = null;
        return ok;
      });
    return saving;
  }

  function changed() {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(save, 1500);
  }

  form.addEventListener('input', changed);
  form.addEventListener('change', function () {
    dirty = true;
    save();
  });
  // a normal save or submission posts the form itself: no background save races it. One already on
  // its way (leaving the last field to press the button starts one) is let finish first: two writes of
  // one scorecard at once, and the second is refused as a conflict ("changed by someone else").
  form.addEventListener('submit', function (event) {
    clearTimeout(timer);
    dirty = false;
    if (saving) {
      event.preventDefault();
      var submitter = event.submitter;
      saving.then(function () {
        if (form.requestSubmit) {
          form.requestSubmit(submitter || null);
        } else {
          form.submit();
        }
      });
    }
  });

  Array.prototype.forEach.call(document.querySelectorAll('#queue a'), function (link) {
    link.addEventListener('click', function (event) {
      if (!dirty && !saving) {
        return;
      }
      event.preventDefault();
      save().then(function (ok) {
        if (ok) {
          window.location.assign(link.href);
        }
      });
    });
  });

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden' && dirty && navigator.sendBeacon) {
      dirty = false;
      navigator.sendBeacon(form.dataset.autosave, body());
    }
  });
})();
