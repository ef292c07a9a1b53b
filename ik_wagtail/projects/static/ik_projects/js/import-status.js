// Asks for the import's state every two seconds: updates the count while it runs, and shows
// the page afresh when the state changes (waiting → running → imported or not imported).
(function () {
  var root = document.getElementById("ik-import-status");
  if (!root || root.dataset.finished === "true") return;
  var count = root.querySelector("[data-ik-done]");
  var bar = root.querySelector("progress");
  function ask() {
    fetch(window.location.href, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (state) {
        if (!state) return window.setTimeout(ask, 5000);
        if (state.state !== root.dataset.state || (state.done !== null && !count)) {
          return window.location.reload();
        }
        if (state.done !== null) {
          count.textContent = String(state.done);
          bar.value = state.done;
        }
        window.setTimeout(ask, 2000);
      })
      .catch(function () { window.setTimeout(ask, 5000); });
  }
  window.setTimeout(ask, 2000);
})();
