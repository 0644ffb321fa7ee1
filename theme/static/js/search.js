// Pagefind's own interface, served from this site; a ?q= in the address runs that search.
(function () {
  var script = document.currentScript;
  var ui = new PagefindUI({ element: "#search", showSubResults: false, showImages: false, bundlePath: script.dataset.bundle });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { ui.triggerSearch(query); }
})();
