// The summary's "Print" button: hidden until this script runs, so without JavaScript there
// is no button that does nothing (the page tells how to print from the browser instead).
(function () {
  "use strict";
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
