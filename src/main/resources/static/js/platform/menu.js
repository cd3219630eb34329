// The main menu works without this script (each group is a <details>); it only adds what people expect of a
// menu: Escape closes the open group and puts the focus back on its name, a click elsewhere closes it.
(function () {
  "use strict";
  function openGroups() {
    return document.querySelectorAll(".main-nav details.nav-group[open]");
  }
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    openGroups().forEach(function (group) {
      group.open = false;
      if (group.contains(document.activeElement)) {
        group.querySelector("summary").focus();
      }
    });
  });
  document.addEventListener("click", function (event) {
    openGroups().forEach(function (group) {
      if (!group.contains(event.target)) {
        group.open = false;
      }
    });
  });
})();
