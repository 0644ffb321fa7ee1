// Pagefind's own interface, served from this site. The index comes in
// bundles (a month or a year of stories each), merged here; a ?q= in the
// address runs that search.
(function () {
  var script = document.currentScript;
  // relative to this page, as Pagefind wants them: from the site's root
  var bundles = script.dataset.bundles.split(" ").map(function (path) {
    return new URL(path, window.location.href).pathname;
  });
  var ui = new PagefindUI({
    element: "#search",
    showSubResults: false,
    showImages: false,
    bundlePath: bundles[0],
    mergeIndex: bundles.slice(1).map(function (path) { return { bundlePath: path }; }),
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { ui.triggerSearch(query); }
})();
