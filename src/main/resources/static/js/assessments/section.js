// Saving a section: checks the chosen files against the per-file and per-save limits before sending, so that a
// refused request never costs the answers typed in. Without JavaScript the server checks the same limits.
(function () {
  'use strict';
  var form = document.getElementById('section-form');
  var problem = document.getElementById('upload-problem');
  if (!form || !problem) { return; }
  var maxFile = Number(form.getAttribute('data-max-file'));
  var maxSave = Number(form.getAttribute('data-max-save'));

  form.addEventListener('submit', function (event) {
    var total = 0;
    var message = null;
    var inputs = form.querySelectorAll('input[type="file"]');
    for (var i = 0; i < inputs.length && message === null; i++) {
      var file = inputs[i].files && inputs[i].files[0];
      if (!file) { continue; }
      total += file.size;
      if (file.size > maxFile) {
        var question = inputs[i].closest('fieldset');
        var key = question ? question.id.replace(/^q-/, '') : '';
        message = form.getAttribute('data-file-too-large').replace('{1}', key);
        inputs[i].focus();
      }
    }
    if (message === null && total > maxSave) {
      message = form.getAttribute('data-save-too-large');
    }
    if (message !== null) {
      event.preventDefault();
      problem.textContent = message;
      problem.hidden = false;
      problem.scrollIntoView();
    } else {
      problem.hidden = true;
    }
  });
}());
