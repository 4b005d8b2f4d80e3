// The print pack (print.html): a Print button, and print.html?principle=<id>, which keeps one principle alone (its
// page, question bank and worked examples) by hiding the rest, so each principle page can link to its own print view
// from disk too. Plain ES2017.
(function () {
  "use strict";
  var button = document.getElementById("print-now");
  if (button && typeof window.print === "function") {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  }

  var match = /[?&]principle=([^&#]*)/.exec(window.location.search);
  if (!match) {
    return;
  }
  var wanted = "principle-" + decodeURIComponent(match[1].replace(/\+/g, " "));
  var parts = document.querySelectorAll("[data-print-principle]");
  var section = null;
  Array.prototype.forEach.call(parts, function (node) {
    if (node.classList.contains("print-principle") && node.getAttribute("data-print-principle") === wanted) {
      section = node;
    }
  });
  var lead = document.getElementById("print-lead");
  if (!section) {
    lead.textContent = "There is no principle \u201c" + decodeURIComponent(match[1]) + "\u201d in this guide, so here is the whole pack.";
    return;
  }

  Array.prototype.forEach.call(parts, function (node) {
    node.hidden = node.getAttribute("data-print-principle") !== wanted;
  });
  Array.prototype.forEach.call(document.querySelectorAll("[data-print-part='chapters']"), function (node) {
    node.hidden = true;
  });
  var name = section.querySelector("h2").textContent;
  var title = document.getElementById("print-title");
  title.textContent = name + ": study pack";
  document.title = name + ": study pack \u00b7 " + document.title.replace(/^[^\u00b7]*\u00b7\s*/, "");
  lead.textContent = "The page, the question bank (probes, strong signals and red flags) and the worked examples of " + name +
    ". Use your browser's Print command to print it or save it as PDF.";
  document.getElementById("print-whole").hidden = false;
})();
