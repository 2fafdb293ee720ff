// The supervisor's capture page (oversight/capture.html): findings are queued in the
// phone's storage and sent when there is a connection; a service worker keeps the page.
(function () {
  var config = JSON.parse(document.getElementById("capture-config").textContent);
  var KEY = "jinlin-findings-" + config.round, URL = config.url, T = config.texts;
  var form = document.getElementById("finding-form"), statusBox = document.getElementById("queue-status");
  function load() { try { return JSON.parse(localStorage.getItem(KEY) || "[]"); } catch (e) { return []; } }
  function save(q) { localStorage.setItem(KEY, JSON.stringify(q)); }
  function csrf() { return form.querySelector("[name=csrfmiddlewaretoken]").value; }
  function uuid() { return (crypto.randomUUID ? crypto.randomUUID() : Date.now() + "-" + Math.random().toString(16).slice(2)); }
  function show() {
    var n = load().length;
    statusBox.hidden = n === 0;
    statusBox.textContent = T.queued.replace("{n}", n);
  }
  function sent(text, ok) {
    var li = document.createElement("li"); li.textContent = (ok ? "✓ " : "✗ ") + text;
    if (!ok) li.className = "field-error";
    document.getElementById("sent").appendChild(li);
    var empty = document.getElementById("sent-empty"); if (empty) empty.remove();
  }
  function toBlob(dataUrl) {
    var parts = dataUrl.split(","), bytes = atob(parts[1]), array = new Uint8Array(bytes.length);
    for (var i = 0; i < bytes.length; i++) array[i] = bytes.charCodeAt(i);
    return new Blob([array], {type: "image/jpeg"});
  }
  function shrink(file) {
    return new Promise(function (resolve) {
      var reader = new FileReader();
      reader.onload = function () {
        var img = new Image();
        img.onload = function () {
          var scale = Math.min(1, 1280 / Math.max(img.width, img.height));
          var canvas = document.createElement("canvas");
          canvas.width = Math.round(img.width * scale); canvas.height = Math.round(img.height * scale);
          canvas.getContext("2d").drawImage(img, 0, 0, canvas.width, canvas.height);
          resolve(canvas.toDataURL("image/jpeg", 0.8));
        };
        img.onerror = function () { resolve(null); };
        img.src = reader.result;
      };
      reader.readAsDataURL(file);
    });
  }
  var flushing = false;
  function flush() {
    if (flushing) return; var queue = load(); if (!queue.length) { show(); return; }
    flushing = true; var item = queue[0];
    var data = new FormData();
    Object.keys(item.fields).forEach(function (k) { data.append(k, item.fields[k]); });
    data.append("client_id", item.client_id);
    (item.photos || []).forEach(function (p, i) { data.append("photos", toBlob(p), "photo" + i + ".jpg"); });
    fetch(URL, {method: "POST", body: data, headers: {"X-CSRFToken": csrf()}, credentials: "same-origin"})
      .then(function (response) {
        return response.json().then(function (body) { return {status: response.status, body: body}; }, function () { return {status: response.status, body: null}; });
      })
      .then(function (r) {
        flushing = false;
        if (r.status === 201) { save(load().filter(function (x) { return x.client_id !== item.client_id; })); sent(item.fields.title, true); flush(); }
        else if (r.status >= 400 && r.status < 500) {  // bad input: will never go through
          save(load().filter(function (x) { return x.client_id !== item.client_id; }));
          sent(item.fields.title + " — " + T.failed + ": " + (r.body && r.body.error ? r.body.error.message : r.status), false); flush();
        } else { show(); }
      })
      .catch(function () { flushing = false; show(); });
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var fields = {};
    ["kind", "organization", "title", "text", "place", "longitude", "latitude", "severity"].forEach(function (k) { fields[k] = form.elements[k].value; });
    if (!fields.organization || !fields.title.trim()) { alert(T.required); return; }
    var files = Array.prototype.slice.call(document.getElementById("f-photos").files || []);
    Promise.all(files.map(shrink)).then(function (photos) {
      var queue = load(); queue.push({client_id: uuid(), fields: fields, photos: photos.filter(Boolean)}); save(queue);
      form.elements.title.value = ""; form.elements.text.value = ""; document.getElementById("f-photos").value = "";
      show(); flush();
    });
  });
  document.getElementById("f-locate").addEventListener("click", function () {
    if (!navigator.geolocation) return;
    navigator.geolocation.getCurrentPosition(function (pos) {
      document.getElementById("f-lng").value = pos.coords.longitude.toFixed(6);
      document.getElementById("f-lat").value = pos.coords.latitude.toFixed(6);
      document.getElementById("f-where").textContent = pos.coords.longitude.toFixed(5) + ", " + pos.coords.latitude.toFixed(5);
    });
  });
  // A service worker keeps this page and its scripts, so it opens again without a signal.
  if ("serviceWorker" in navigator && config.worker) {
    navigator.serviceWorker.register(config.worker, {scope: config.scope}).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      // The first visit was loaded before the worker ran: ask it to keep this page now.
      return new Promise(function (resolve) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function (event) { resolve(event.data); };
        registration.active.postMessage({keep: location.pathname}, [channel.port2]);
      });
    }).then(function (answer) {
      if (answer === "kept") document.getElementById("offline-ready").hidden = false;
    }).catch(function () {});
  }
  window.addEventListener("online", flush);
  setInterval(flush, 15000);
  show(); flush();
})();
