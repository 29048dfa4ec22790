// The error summary of a refused form (werkpad/error_summary.html) takes the focus when the
// page loads and when an htmx swap brings one in, so a screen reader reads it and a phone
// shows it. Its links move the focus to the field and show the field's label and error too.
// No inline script (strict CSP): loaded from base.html with the page's nonce.
(function () {
  "use strict";
  const SUMMARY = "[data-error-summary]";

  // A page that answers a submitted form with a result (the worked income example) marks it
  // data-focus-result: without errors, the result takes the focus and so comes into view.
  const RESULT = "[data-focus-result]";

  function focusSummary(root) {
    const summary = root.matches && root.matches(SUMMARY) ? root : root.querySelector(SUMMARY);
    if (!summary) {
      const result = root.querySelector && root.querySelector(RESULT);
      if (result) result.focus();
      return;
    }
    // The page title says there is an error too (GOV.UK: "Error: " before the title).
    const prefix = summary.dataset.titlePrefix;
    if (prefix && document.title.indexOf(prefix) !== 0) {
      document.title = prefix + " " + document.title;
    }
    summary.focus();
  }

  // The element to scroll to: the field's legend or label, so the question and its error
  // are in view, not only the input (which the browser would put at the very top).
  function questionOf(input) {
    const fieldset = input.closest("fieldset");
    if (fieldset && (input.type === "radio" || input.type === "checkbox")) {
      const legend = fieldset.querySelector("legend");
      if (legend) return legend;
    }
    const field = input.closest(".utrecht-form-field");
    return field || input;
  }

  document.addEventListener("click", function (event) {
    const link = event.target.closest && event.target.closest(SUMMARY + " a[href^='#']");
    if (!link) return;
    const input = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!input) return;
    event.preventDefault();
    questionOf(input).scrollIntoView();
    input.focus({ preventScroll: true });
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    focusSummary(event.target);
  });
  focusSummary(document);
})();
