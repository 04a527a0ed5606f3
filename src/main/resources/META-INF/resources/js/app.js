// The pages' scripts, one file for every page (no inline script: the Content-Security-Policy allows
// only this site's files). Each part acts only where its elements are on the page; without
// JavaScript every form still posts as usual.
(function () {
  // A button or a form with data-confirm asks before an irreversible step. Once answered yes, the
  // form says so (confirm=1) and the server does the step; without script the server asks instead,
  // on a page of its own that names the consequence.
  function confirmed(form) {
    if (form && !form.querySelector('input[name=confirm]')) {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = 'confirm';
      input.value = '1';
      form.appendChild(input);
    }
  }
  document.addEventListener('click', function (event) {
    const button = event.target.closest('button[data-confirm], input[type=submit][data-confirm]');
    if (!button) { return; }
    if (window.confirm(button.dataset.confirm)) { confirmed(button.form); } else { event.preventDefault(); }
  });
  document.addEventListener('submit', function (event) {
    const form = event.target;
    if (!form.matches('form[data-confirm]')) { return; }
    if (window.confirm(form.dataset.confirm)) {
      confirmed(form);
    } else {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
  // At phone width the header's links fold behind the menu button (CSS shows the button there only).
  const toggle = document.getElementById('menu-toggle');
  if (toggle) {
    const header = toggle.closest('header');
    header.classList.add('has-menu');
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      const open = header.classList.toggle('open');
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  }
})();

// DossierPages/detail.html
if (document.getElementById('upload-form')) {
  // Upload with progress: the size limit is checked before sending, and the bar follows the upload.
  // Without JavaScript the form posts as usual.
  (function () {
    const form = document.getElementById('upload-form');
    const status = document.getElementById('upload-status');
    const bar = document.getElementById('upload-progress');
    form.addEventListener('submit', function (event) {
      const file = document.getElementById('file').files[0];
      if (!file) { return; }
      event.preventDefault();
      if (file.size > Number(form.dataset.maxBytes)) { status.textContent = form.dataset.tooLarge; return; }
      // At a rush the server may ask to come back (503 with Retry-After): the page says so and sends
      // the file again by itself, a few times, before showing the answer.
      let attempts = 0;
      function send() {
        const request = new XMLHttpRequest();
        request.open('POST', form.action);
        bar.hidden = false;
        request.upload.onprogress = function (e) { if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); } };
        request.onload = function () {
          const wait = Number(request.getResponseHeader('Retry-After'));
          if (request.status === 503 && wait > 0 && attempts < 5) {
            attempts++;
            status.textContent = form.dataset.busy;
            setTimeout(send, wait * 1000);
            return;
          }
          if (request.status === 200 && request.responseURL) { window.location.assign(request.responseURL); }
          else { document.open(); document.write(request.responseText); document.close(); }
        };
        request.send(new FormData(form));
      }
      send();
    });
  })();
}

// ScoringPages/sheet.html
if (document.getElementById('total')) {
  // The weighted total as the juror types: Σ score × weight / 10, shown with the page's decimal mark.
  (function () {
    const inputs = document.querySelectorAll('#scorecard input[type=number]');
    const out = document.getElementById('total');
    const format = new Intl.NumberFormat(document.documentElement.lang, {maximumFractionDigits: 2});
    function update() {
      let total = 0;
      inputs.forEach(i => { const v = parseInt(i.value, 10); if (!isNaN(v)) total += v * Number(i.dataset.weight); });
      out.textContent = format.format(total / 10);
    }
    inputs.forEach(i => i.addEventListener('input', update));
    update();
  })();
}

// RubricPages/rubric.html
if (document.getElementById('rubric-form')) {
  // the sum of the weights follows what is typed
  (function () {
    const fields = Array.from(document.querySelectorAll('#rubric-form input.weight'));
    const out = document.getElementById('weight-sum');
    function update() { out.textContent = fields.reduce((s, f) => s + (parseInt(f.value, 10) || 0), 0); }
    fields.forEach(f => f.addEventListener('input', update));
    update();
  })();
}
