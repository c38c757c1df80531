/* Opens folded details (an action's plan and history) when a reader needs them:
   when a link brings them to the action or to something inside the details, and
   before printing (Chromium prints a closed <details> closed; progress.css opens
   them where the browser lets CSS do it). Without this script every details still
   opens with a tap, Enter or Space. */
(function () {
  "use strict";

  function openAround(target) {
    for (var d = target.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) {
      d.open = true;
    }
    // A heading (an action's): open the details of its section, up to the next heading.
    if (/^H[1-6]$/.test(target.tagName)) {
      for (var next = target.nextElementSibling; next && !/^H[1-6]$/.test(next.tagName);
           next = next.nextElementSibling) {
        if (next.tagName === "DETAILS") next.open = true;
      }
    }
  }

  function openForHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target) openAround(target);
  }

  var closedForPrint = [];
  window.addEventListener("beforeprint", function () {
    closedForPrint = Array.prototype.filter.call(document.querySelectorAll("details"),
                                                 function (d) { return !d.open; });
    closedForPrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closedForPrint.forEach(function (d) { d.open = false; });
    closedForPrint = [];
  });
  window.addEventListener("hashchange", openForHash);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", openForHash);
  } else {
    openForHash();
  }
})();
