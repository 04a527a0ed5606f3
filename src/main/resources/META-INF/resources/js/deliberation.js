// Voting without a page reload: a vote button posts its form in the background and the row is
// refreshed from the page the server answers (the tally, the member's vote). Without script, or
// when the background post fails, the form posts as usual and the page reloads.
(function () {
  function fallback(form, button) {
    var vote = document.createElement('input');
    vote.type = 'hidden';
    vote.name = button.name;
    vote.value = button.value;
    form.appendChild(vote);
    form.submit();
  }

  function onSubmit(event) {
    var form = event.currentTarget;
    var button = event.submitter;
    if (!window.fetch || !button) {
      return;
    }
    event.preventDefault();
    var body = new URLSearchParams(new FormData(form));
    body.append(button.name, button.value);
    var row = form.closest('tr');
    button.disabled = true;
    fetch(form.action, { method: 'POST', body: body, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(row.id);
        if (!fresh) {
          throw new Error('row missing');
        }
        row.innerHTML = fresh.innerHTML;
        watch(row);
        row.setAttribute('data-voted', button.value);
      })
      .catch(function () {
        fallback(form, button);
      });
  }

  function watch(root) {
    Array.prototype.forEach.call(root.querySelectorAll('form.vote'), function (form) {
      form.addEventListener('submit', onSubmit);
    });
  }

  watch(document);
})();
