// 工作简报 editor: the briefing is edited as rich text; on saving, its blocks (headings and
// paragraphs) and runs (text, figures, links) are written to a hidden field as JSON.
(function () {
  "use strict";
  var form = document.getElementById("briefing-form");
  if (!form) return;
  var editor = document.getElementById("briefing-editor");
  var field = document.getElementById("briefing-blocks");
  try { document.execCommand("defaultParagraphSeparator", false, "p"); } catch (e) { /* old browsers */ }
  var BLOCK = /^(P|DIV|H[1-6]|LI|UL|OL|BLOCKQUOTE|SECTION|ARTICLE)$/;

  function serialize() {
    var blocks = [];
    var current = null;
    function open(kind) { current = { kind: kind, runs: [] }; blocks.push(current); }
    function text(value, kind) {
      if (!current) {
        if (!value.trim()) return;
        open(kind);
      }
      var last = current.runs[current.runs.length - 1];
      if (last && last.t !== undefined && last.f === undefined && last.l === undefined) last.t += value;
      else current.runs.push({ t: value });
    }
    function walk(node, kind) {
      for (var i = 0; i < node.childNodes.length; i++) {
        var child = node.childNodes[i];
        if (child.nodeType === 3) { text(child.nodeValue, kind); continue; }
        if (child.nodeType !== 1) continue;
        if (child.dataset.figure) {
          if (!current) open(kind);
          // The value shown goes with it: the server refuses a figure whose value changed.
          current.runs.push({ f: child.dataset.figure, v: child.textContent });
        } else if (child.dataset.link) {
          if (!current) open(kind);
          current.runs.push({ l: child.dataset.link, t: child.textContent });
        } else if (child.tagName === "BR") {
          current = null;
        } else if (BLOCK.test(child.tagName)) {
          current = null;
          walk(child, /^H[1-6]$/.test(child.tagName) ? "h" : "p");
          current = null;
        } else {
          walk(child, kind);
        }
      }
    }
    walk(editor, "p");
    return blocks;
  }

  // Unsaved edits are never lost: leaving the page asks first.
  var dirty = false;
  function changed() { dirty = true; }
  editor.addEventListener("input", changed);
  form.addEventListener("input", changed);
  window.addEventListener("beforeunload", function (event) {
    if (!dirty) return;
    event.preventDefault();
    event.returnValue = "";
  });
  form.addEventListener("submit", function () {
    field.value = JSON.stringify(serialize());
    dirty = false;
  });

  // Figures stay as read: typing over a selection that holds one is refused (deleting a whole
  // figure is allowed: it may not belong in the briefing).
  function selectionHoldsFigure() {
    var selection = window.getSelection();
    if (!selection || !selection.rangeCount) return false;
    var range = selection.getRangeAt(0);
    var figures = editor.querySelectorAll("a.figure");
    for (var i = 0; i < figures.length; i++) {
      if (range.intersectsNode(figures[i]) && !range.collapsed) return true;
      if (figures[i].contains(range.startContainer)) return true;
    }
    return false;
  }
  var hint = document.getElementById("figure-locked");
  editor.addEventListener("beforeinput", function (event) {
    var typing = /^insert/.test(event.inputType);
    if (typing && selectionHoldsFigure()) {
      event.preventDefault();
      if (hint) { hint.hidden = false; setTimeout(function () { hint.hidden = true; }, 4000); }
    }
  });
  // A click on a figure places the caret; with Ctrl or ⌘ it opens its list in a new tab. It
  // never leaves the editor.
  editor.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a");
    if (!link) return;
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) window.open(link.href, "_blank", "noopener");
  });
  // The editor is written by the server and this script runs after it (deferred): until
  // now a click on a figure followed its link. Said on the form, for whoever must wait.
  form.dataset.ready = "true";
})();
