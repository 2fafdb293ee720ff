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
          current.runs.push({ f: child.dataset.figure });
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

  form.addEventListener("submit", function () {
    field.value = JSON.stringify(serialize());
  });
  // A click on a figure opens its list (the editor would otherwise only place the caret).
  editor.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.figure");
    if (link && (event.ctrlKey || event.metaKey)) window.open(link.href, "_blank");
  });
})();
