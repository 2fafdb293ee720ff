// The scan page: read the site's QR code with the phone's camera (vendored jsQR), or take a
// code typed or opened from the phone's own scanner, and send it.
(function () {
  var form = document.getElementById("scan-form"), field = document.getElementById("scan-token");
  if (!form) return;
  var T = JSON.parse(document.getElementById("scan-texts").textContent);
  function tokenOf(text) {
    try { var url = new URL(text, window.location.href); var t = url.searchParams.get("t"); if (t) return t; } catch (e) {}
    return text.trim();
  }
  function send(text) { field.value = tokenOf(text); form.submit(); }
  if (field.value) { form.submit(); return; }
  var manual = document.getElementById("manual-send");
  if (manual) manual.addEventListener("click", function () { send(document.getElementById("manual-token").value); });
  var video = document.getElementById("camera"), canvas = document.getElementById("frame"), status = document.getElementById("camera-status");
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) { status.textContent = T.no_camera; return; }
  navigator.mediaDevices.getUserMedia({video: {facingMode: "environment"}}).then(function (stream) {
    video.srcObject = stream; video.play();
    var context = canvas.getContext("2d", {willReadFrequently: true});
    (function tick() {
      if (video.readyState === video.HAVE_ENOUGH_DATA) {
        canvas.width = video.videoWidth; canvas.height = video.videoHeight;
        context.drawImage(video, 0, 0, canvas.width, canvas.height);
        var code = jsQR(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
        if (code && code.data) { stream.getTracks().forEach(function (t) { t.stop(); }); status.textContent = "✓"; send(code.data); return; }
      }
      requestAnimationFrame(tick);
    })();
  }).catch(function () { status.textContent = T.camera_unavailable; });
})();
