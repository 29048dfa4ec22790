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

  function isChanged(element) {
    if (element.type === "checkbox" || element.type === "radio") {
      return element.checked !== element.defaultChecked;
    }
    if (element.type === "select-one") {
      // Without a selected="" option the browser shows the first one.
      const initial = Array.prototype.findIndex.call(element.options, function (option) {
        return option.defaultSelected;
      });
      return element.selectedIndex !== Math.max(0, initial);
    }
    if (element.type === "select-multiple") {
      return Array.prototype.some.call(element.options, function (option) {
        return option.selected !== option.defaultSelected;
      });
    }
    return "defaultValue" in element && element.type !== "hidden" &&
      element.value !== element.defaultValue;
  }

  // A form the user has typed in, to be posted into the ended session: the server keeps
  // the input and offers it again after the new login (accounts/pending.py).
  function changedForm() {
    return Array.prototype.find.call(document.forms, function (form) {
      return form.method === "post" && Array.prototype.some.call(form.elements, isChanged);
    });
  }

  function sessionEnded() {
    const form = changedForm();
    if (form) {
      HTMLFormElement.prototype.submit.call(form);
      return;
    }
    window.location.assign(body.dataset.loginUrl + "?expired=1&next=" +
      encodeURIComponent(window.location.pathname + window.location.search));
  }

  function renew() {
    fetch(body.dataset.sessionRenewUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrf, "HX-Request": "true" },
    }).then(function (response) {
      // An ended session answers 204 with HX-Redirect (or a redirect to the login page):
      // only a 200 is a renewal.
      if (response.status === 200 && !response.headers.has("HX-Redirect")) {
        if (dialog && dialog.open) dialog.close();
        schedule();
      } else {
        sessionEnded();
      }
    }).catch(function () {
      // Offline or the server is away: leave the warning open so the user can try again.
    });
  }

  if (continueButton) continueButton.addEventListener("click", renew);
  // htmx requests count as activity on the server, so they restart the clock here too.
  document.addEventListener("htmx:afterRequest", schedule);
  schedule();
})();
