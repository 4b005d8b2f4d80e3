// The "last backup" line and export button on a page with no other use for the study data (the linter). Plain ES2017.
(function () {
  "use strict";
  if (window.PmGuideStore) {
    window.PmGuideStore.bindControls();
  }
})();
