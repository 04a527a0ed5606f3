// The register, enhanced: "select all" ticks every dossier awaiting intake on the page without a
// reload, and the count of ticked dossiers follows. Without script the link does the same by a reload.
(function () {
  var form = document.getElementById('bulk');
  if (!form) {
    return;
  }
  var boxes = function () {
    return Array.prototype.slice.call(document.querySelectorAll('input[name=dossierIds][form=bulk]'));
  };
  var count = document.getElementById('selected-count');
  var button = document.getElementById('select-all');
  var link = document.getElementById('select-all-link');
  var english = document.documentElement.lang === 'en';
  var show = function () {
    var n = boxes().filter(function (b) { return b.checked; }).length;
    count.textContent = english ? n + ' selected' : 'Đã chọn ' + n + ' hồ sơ';
  };
  if (button && link) {
    link.hidden = true;
    button.hidden = false;
    button.addEventListener('click', function () {
      var all = boxes();
      var every = all.every(function (b) { return b.checked; });
      all.forEach(function (b) { b.checked = !every; });
      show();
    });
  }
  boxes().forEach(function (b) { b.addEventListener('change', show); });
  show();
})();
