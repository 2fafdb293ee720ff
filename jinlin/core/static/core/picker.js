// Member pickers (jinlin/members/pickers.py): a search box whose matches come from the
// server; choosing one adds a hidden input to the form. Text goes in as text, never as HTML.
(function () {
  "use strict";

  function chosenItem(name, id, label, hint) {
    var li = document.createElement("li");
    var input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    input.value = id;
    var span = document.createElement("span");
    span.textContent = label;
    var small = document.createElement("small");
    small.className = "muted";
    small.textContent = hint;
    var remove = document.createElement("button");
    remove.type = "button";
    remove.className = "linklike";
    remove.setAttribute("data-unpick", "");
    remove.setAttribute("aria-label", document.documentElement.lang.indexOf("zh") === 0 ? "移除" : "Remove");
    remove.textContent = "×";
    li.append(input, span, " ", small, " ", remove);
    return li;
  }

  document.addEventListener("click", function (event) {
    var pick = event.target.closest("[data-pick]");
    if (pick) {
      var picker = pick.closest("[data-picker]");
      var list = picker.querySelector(".picked");
      var id = pick.getAttribute("data-pick");
      if (!picker.hasAttribute("data-multiple")) {
        list.replaceChildren();
      }
      if (!list.querySelector('input[value="' + id + '"]')) {
        list.append(chosenItem(picker.getAttribute("data-name"), id,
          pick.getAttribute("data-label"), pick.getAttribute("data-hint")));
      }
      picker.querySelector(".picker-results").replaceChildren();
      var search = picker.querySelector("input[type=search]");
      search.value = "";
      search.focus();
      return;
    }
    var unpick = event.target.closest("[data-unpick]");
    if (unpick) {
      unpick.closest("li").remove();
    }
  });
})();
