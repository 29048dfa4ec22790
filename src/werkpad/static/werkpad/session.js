// Warns before the idle limit ends the session, and renews it when the user continues.
// Reads its timings from data attributes on <body>; no inline script (strict CSP).
(function () {
  "use strict";
  const body = document.body;
  const idle = Number(body.dataset.sessionIdle || 0);
  if (!idle) return;
  const warning = Number(body.dataset.sessionWarning || 120);
  const dialog = document.getElementById("session-warning");
  const continueButton = dialog && dialog.querySelector("[data-session-continue]");
  const csrf = JSON.parse(body.getAttribute("hx-headers") || "{}")["X-CSRFToken"];
  let warnTimer = null;

  function schedule() {
    window.clearTimeout(warnTimer);
    warnTimer = window.setTimeout(function () {
      if (dialog && !dialog.open) dialog.showModal();
    }, Math.max(0, idle - warning) * 1000);
  }

  function renew() {
    fetch(body.dataset.sessionRenewUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrf, "HX-Request": "true" },
    }).then(function (response) {
      if (response.ok) {
        if (dialog && dialog.open) dialog.close();
        schedule();
      } else {
        window.location.assign(body.dataset.loginUrl + "?expired=1&next=" +
          encodeURIComponent(window.location.pathname + window.location.search));
      }
    });
  }

  if (continueButton) continueButton.addEventListener("click", renew);
  // htmx requests count as activity on the server, so they restart the clock here too.
  document.addEventListener("htmx:afterRequest", schedule);
  schedule();
})();
