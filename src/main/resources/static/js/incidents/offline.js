// Quick report with an offline queue: a report that cannot be sent waits on this device and is sent later,
// exactly once, thanks to its idempotency key. Without JavaScript the form posts normally.
(function () {
  'use strict';
  var QUEUE = 'weerbaar.incidents.queue';
  var API = '/api/v1/reports';

  function load() {
    try { return JSON.parse(localStorage.getItem(QUEUE) || '[]'); } catch (e) { return []; }
  }
  function save(items) { localStorage.setItem(QUEUE, JSON.stringify(items)); }
  function newKey() {
    if (window.crypto && crypto.randomUUID) { return 'pwa-' + crypto.randomUUID(); }
    return 'pwa-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 12);
  }
  function csrf() {
    var input = document.querySelector('input[name="_csrf"]');
    return input ? input.value : null;
  }
  function show(text, kind) {
    var el = document.getElementById('offline-status') || document.getElementById('offline-pending');
    if (!el) { return; }
    el.textContent = text;
    el.className = 'alert alert--' + (kind || 'info');
    el.hidden = false;
  }
  function send(item) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json', 'Idempotency-Key': item.key };
    var token = csrf();
    if (token) { headers['X-CSRF-TOKEN'] = token; }
    return fetch(API, { method: 'POST', headers: headers, body: JSON.stringify(item.body), credentials: 'same-origin' });
  }
  var flushing = false;
  function flush() {
    var items = load();
    if (flushing || items.length === 0 || !navigator.onLine) { return; }
    flushing = true;
    var status = document.getElementById('offline-status');
    var sentAny = false;
    var chain = Promise.resolve();
    items.forEach(function (item) {
      chain = chain.then(function () {
        return send(item).then(function (response) {
          if (response.status === 200 || response.status === 201 || response.status === 400 || response.status === 409) {
            // sent, or refused for good: a refused report is kept aside on this device rather than lost
            save(load().filter(function (x) { return x.key !== item.key; }));
            if (response.status >= 400) {
              var failed = JSON.parse(localStorage.getItem(QUEUE + '.refused') || '[]');
              failed.push(item);
              localStorage.setItem(QUEUE + '.refused', JSON.stringify(failed));
            }
            sentAny = sentAny || response.status < 300;
          }
        }).catch(function () { /* still offline: keep it */ });
      });
    });
    chain.then(function () {
      flushing = false;
      var left = load().length;
      if (left > 0) {
        var waiting = status ? status.getAttribute('data-waiting') : null;
        show(waiting ? waiting.replace('{0}', left) : '', 'warning');
      } else if (sentAny && status) {
        show(status.getAttribute('data-sent'), 'success');
      }
    });
  }
  function bodyOf(form) {
    var kinds = Array.prototype.map.call(form.querySelectorAll('input[name="kinds"]:checked'), function (c) { return c.value; });
    var field = form.querySelector('[name="occurred"]');
    // unchanged: the moment of sending the form is "now" (the prefilled value is the server's local time)
    var occurred = field.value && field.value !== field.defaultValue ? new Date(field.value) : new Date();
    if (isNaN(occurred.getTime()) || occurred.getTime() > Date.now()) { occurred = new Date(); }
    return {
      kinds: kinds,
      locationType: form.querySelector('[name="locationType"]').value || null,
      occurredAt: isNaN(occurred.getTime()) ? null : occurred.toISOString(),
      description: form.querySelector('[name="description"]').value,
      channel: 'MINI'
    };
  }
  var form = document.getElementById('mini-form');
  if (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var item = { key: newKey(), body: bodyOf(form) };
      send(item).then(function (response) {
        if (response.status === 200 || response.status === 201) {
          return response.json().then(function (json) { window.location.assign(json.location + '?submitted'); });
        }
        if (response.status === 401 || response.status === 403) {
          var queued = load(); queued.push(item); save(queued);
          show(document.getElementById('offline-status').getAttribute('data-queued'), 'warning');
          return null;
        }
        form.submit(); // let the server show its messages per field
        return null;
      }).catch(function () {
        var queued = load(); queued.push(item); save(queued);
        form.reset();
        show(document.getElementById('offline-status').getAttribute('data-queued'), 'warning');
      });
    });
  }
  var pending = document.getElementById('offline-pending');
  if (pending && load().length > 0 && !navigator.onLine) {
    show(pending.getAttribute('data-text'), 'warning');
  }
  window.addEventListener('online', flush);
  flush();
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').catch(function () { /* offline start then unavailable */ });
  }
}());
