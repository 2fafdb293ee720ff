// Small behaviours the pages declare with data- attributes, so that no page needs an inline
// script or handler (the Content-Security-Policy allows scripts from this site only):
//   <form data-confirm="Give up your place?">   asks before submitting
//   <select data-autosubmit>                    submits its form when changed
//   <input type="checkbox" data-check-all="x">  ticks every checkbox named x
//   <button data-print>                          prints the page
//   <button data-toggle-tree aria-controls="x">  shows or hides the list x (a tree's branch)
// and a table wider than its frame (<div class="table-wrap">, a phone's usual case) says so: the
// frame fades at each side where columns are hidden (classes more-left and more-right, kept
// true as it scrolls, as the window turns and as htmx swaps a part of the page).
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target.closest("form[data-confirm]");
    if (form && !window.confirm(form.getAttribute("data-confirm"))) {
      event.preventDefault();
    }
  }, true);
  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) window.print();
    var toggle = event.target.closest("[data-toggle-tree]");
    if (toggle) {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      var list = document.getElementById(toggle.getAttribute("aria-controls"));
      if (list) list.hidden = !open;
    }
  });
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target.matches("select[data-autosubmit]") && target.form) {
      target.form.requestSubmit ? target.form.requestSubmit() : target.form.submit();
    }
    if (target.matches("input[data-check-all]")) {
      var name = target.getAttribute("data-check-all");
      document.querySelectorAll('input[type=checkbox][name="' + name + '"]').forEach(function (box) {
        box.checked = target.checked;
      });
    }
  });
  function edges(wrap) {
    var hiddenLeft = wrap.scrollLeft > 1;
    var hiddenRight = wrap.scrollLeft + wrap.clientWidth < wrap.scrollWidth - 1;
    wrap.classList.toggle("more-left", hiddenLeft);
    wrap.classList.toggle("more-right", hiddenRight);
  }
  function allEdges() {
    document.querySelectorAll(".table-wrap").forEach(edges);
  }
  document.addEventListener("scroll", function (event) {
    var target = event.target;
    if (target.classList && target.classList.contains("table-wrap")) edges(target);
  }, true);
  window.addEventListener("resize", allEdges);
  window.addEventListener("load", allEdges);
  document.addEventListener("htmx:afterSettle", allEdges);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", allEdges);
  } else {
    allEdges();
  }
})();
