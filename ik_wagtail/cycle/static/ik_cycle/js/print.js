// The booklet's print button (a file, not inline script, so a strict CSP allows it).
document.querySelectorAll("[data-print]").forEach((button) => {
  button.addEventListener("click", () => window.print());
});
