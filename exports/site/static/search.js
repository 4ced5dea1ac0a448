// Offline search over the labels of every page: the index is window.KIZUNA_SEARCH (static/search-index.js),
// loaded by a <script> element because browsers refuse fetch() on file:// pages.
(function () {
  "use strict";
  var input = document.getElementById("search");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var lang = input.getAttribute("data-lang");
  var other = lang === "ja" ? "en" : "ja";
  function show(query) {
    list.textContent = "";
    var q = query.trim().toLowerCase();
    if (!q) { status.textContent = ""; return; }
    var found = (window.KIZUNA_SEARCH || []).filter(function (entry) {
      return (entry.ja + " " + entry.en + " " + entry.notation).toLowerCase().indexOf(q) !== -1;
    });
    status.textContent = found.length ? found.length + " " + input.getAttribute("data-results") : input.getAttribute("data-none");
    found.slice(0, 200).forEach(function (entry) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = entry.path;
      var label = entry[lang] || entry[other];
      link.lang = entry[lang] ? lang : other;
      link.textContent = (entry.notation ? entry.notation + " " : "") + label;
      item.appendChild(document.createTextNode(entry.kind[lang] + ": "));
      item.appendChild(link);
      list.appendChild(item);
    });
  }
  input.addEventListener("input", function () { show(input.value); });
  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) { input.value = params.get("q"); show(input.value); }
}());
