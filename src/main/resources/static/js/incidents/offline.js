// Quick report with an offline queue: a report that cannot be sent waits on this device and is sent later,
// exactly once, thanks to its idempotency key. Without JavaScript the form posts normally.
//
// The queue belongs to the person who made the reports: it is kept per user (the page names its owner in
// data-queue-owner) and only ever sent while that person is logged in. A report the server refuses is kept aside,
// with the server's reasons, and shown on "Mijn meldingen" to be corrected and sent again.
(function () {
  'use strict';
  var BASE = 'weerbaar.incidents.queue';
  var EDIT = 'weerbaar.incidents.correct';
  var API = '/api/v1/reports';
  var ownerElement = document.querySelector('[data-queue-owner]');
  var owner = ownerElement ? ownerElement.getAttribute('data-queue-owner') : '';
  if (!owner) { return; }
  var QUEUE = BASE + '.' + owner;
  var REFUSED = QUEUE + '.refused';

  function read(key) {
    try { return JSON.parse(localStorage.getItem(key) || '[]'); } catch (e) { return []; }
  }
  function load() { return read(QUEUE); }
  function save(items) { localStorage.setItem(QUEUE, JSON.stringify(items)); }
  function refused() { return read(REFUSED); }
  function saveRefused(items) { localStorage.setItem(REFUSED, JSON.stringify(items)); }
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
  /** The reasons of a refusal as the server gave them (problem details), or its title. */
  function reasons(response) {
    return response.json().then(function (problem) {
      var list = (problem && problem.errors) ? problem.errors.map(function (e) { return e.message; }) : [];
      if (list.length === 0 && problem && problem.title) { list.push(problem.title); }
      return list;
    }).catch(function () { return []; });
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
          if (response.status === 401 || response.status === 403) {
            return null; // not (or no longer) logged in as the owner: keep it for later
          }
          if (response.status === 200 || response.status === 201) {
            save(load().filter(function (x) { return x.key !== item.key; }));
            sentAny = true;
            return null;
          }
          if (response.status === 400 || response.status === 409) {
            // refused for good: kept aside on this device with the reasons, never lost
            return reasons(response).then(function (why) {
              save(load().filter(function (x) { return x.key !== item.key; }));
              var aside = refused();
              item.reasons = why;
              aside.push(item);
              saveRefused(aside);
            });
          }
          return null;
        }).catch(function () { /* still offline: keep it */ });
      });
    });
    chain.then(function () {
      flushing = false;
      var left = load().length;
      if (left > 0) {
        var waiting = status ? status.getAttribute(left === 1 ? 'data-waiting-one' : 'data-waiting') : null;
        show(waiting ? waiting.replace('{0}', left) : '', 'warning');
      } else if (sentAny && status) {
        show(status.getAttribute('data-sent'), 'success');
      }
      showRefused();
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
  /** "Mijn meldingen": reports the server refused, each with its reasons and a way to correct or drop it. */
  function showRefused() {
    var box = document.getElementById('offline-refused');
    if (!box) { return; }
    var items = refused();
    var list = box.querySelector('ul');
    list.textContent = '';
    box.hidden = items.length === 0;
    items.forEach(function (item) {
      var li = document.createElement('li');
      li.className = 'card';
      var what = document.createElement('p');
      var when = item.body && item.body.occurredAt ? new Date(item.body.occurredAt) : null;
      what.textContent = (when && !isNaN(when.getTime()) ? when.toLocaleString(document.documentElement.lang || 'nl') + ': ' : '')
        + ((item.body && item.body.description) || '');
      li.appendChild(what);
      var why = document.createElement('ul');
      why.className = 'field-error';
      (item.reasons || []).forEach(function (r) {
        var reason = document.createElement('li');
        reason.textContent = r;
        why.appendChild(reason);
      });
      li.appendChild(why);
      var row = document.createElement('p');
      row.className = 'button-row';
      var correct = document.createElement('button');
      correct.type = 'button';
      correct.className = 'button button--primary';
      correct.textContent = box.getAttribute('data-correct');
      correct.addEventListener('click', function () {
        sessionStorage.setItem(EDIT, JSON.stringify({ owner: owner, key: item.key, body: item.body, reasons: item.reasons || [] }));
        window.location.assign(box.getAttribute('data-mini'));
      });
      var drop = document.createElement('button');
      drop.type = 'button';
      drop.className = 'button button--secondary';
      drop.textContent = box.getAttribute('data-drop');
      drop.addEventListener('click', function () {
        saveRefused(refused().filter(function (x) { return x.key !== item.key; }));
        showRefused();
      });
      row.appendChild(correct);
      row.appendChild(drop);
      li.appendChild(row);
      list.appendChild(li);
    });
  }
  /** The quick report, opened to correct a refused report: its values filled in and the reasons shown. */
  function restoreCorrection(form) {
    var saved;
    try { saved = JSON.parse(sessionStorage.getItem(EDIT) || 'null'); } catch (e) { saved = null; }
    if (!saved || saved.owner !== owner || !saved.body) { return null; }
    var body = saved.body;
    Array.prototype.forEach.call(form.querySelectorAll('input[name="kinds"]'), function (c) {
      c.checked = (body.kinds || []).indexOf(c.value) >= 0;
    });
    if (body.locationType) { form.querySelector('[name="locationType"]').value = body.locationType; }
    form.querySelector('[name="description"]').value = body.description || '';
    if (body.occurredAt) {
      var at = new Date(body.occurredAt);
      if (!isNaN(at.getTime())) {
        var local = new Date(at.getTime() - at.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
        form.querySelector('[name="occurred"]').value = local;
      }
    }
    var status = document.getElementById('offline-status');
    if (status) {
      show(status.getAttribute('data-correcting') + ' ' + (saved.reasons || []).join(' '), 'error');
    }
    return saved;
  }

  var form = document.getElementById('mini-form');
  if (form) {
    var correcting = restoreCorrection(form);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      // a corrected report is a new request: the refused one's key stays with what was refused
      var item = { key: newKey(), body: bodyOf(form) };
      send(item).then(function (response) {
        if (response.status === 200 || response.status === 201) {
          if (correcting) {
            saveRefused(refused().filter(function (x) { return x.key !== correcting.key; }));
            sessionStorage.removeItem(EDIT);
          }
          return response.json().then(function (json) { window.location.assign(json.location + '?submitted'); });
        }
        if (response.status === 401 || response.status === 403) {
          var queued = load(); queued.push(item); save(queued);
          show(document.getElementById('offline-status').getAttribute('data-queued'), 'warning');
          return null;
        }
        sessionStorage.removeItem(EDIT);
        form.submit(); // let the server show its messages per field
        return null;
      }).catch(function () {
        var queued = load(); queued.push(item); save(queued);
        if (correcting) {
          saveRefused(refused().filter(function (x) { return x.key !== correcting.key; }));
          sessionStorage.removeItem(EDIT);
          correcting = null;
        }
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
  showRefused();
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').catch(function () { /* offline start then unavailable */ });
  }
}());
