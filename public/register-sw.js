// Registers the service worker (scripts/sw.mjs) so the page works offline after one visit, and offers a
// reload when a new version has been downloaded. A plain script: it must not depend on the app.
(() => {
  if (!("serviceWorker" in navigator)) return;

  const banner = () => document.getElementById("update-banner");

  function offer(worker) {
    const el = banner();
    if (!el) return;
    const lang = document.documentElement.getAttribute("lang") === "de" ? "de" : "en";
    for (const p of el.querySelectorAll("p[lang]")) p.hidden = p.getAttribute("lang") !== lang;
    for (const button of el.querySelectorAll("button")) {
      button.addEventListener("click", () => worker.postMessage({ type: "SKIP_WAITING" }));
    }
    el.hidden = false;
  }

  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    // The new version took over after the user asked for it.
    if (!reloading) {
      reloading = true;
      location.reload();
    }
  });

  // The worker precaches every file of the build as soon as it is registered. Done while the page is
  // still being built (in parts, src/ui/later.rs) it competes with that for the CPU, so it waits until
  // the page says it is built (`data-built`, the `page-built` event) and the browser is idle. A page
  // that never gets that far (it failed to start) registers it after 15 s all the same.
  const loaded = new Promise((resolve) => {
    if (document.readyState === "complete") resolve();
    else window.addEventListener("load", resolve, { once: true });
  });
  const built = new Promise((resolve) => {
    if (document.documentElement.hasAttribute("data-built")) resolve();
    else document.addEventListener("page-built", resolve, { once: true });
    setTimeout(resolve, 15000);
  });
  const idle = (f) =>
    "requestIdleCallback" in window ? requestIdleCallback(f, { timeout: 2000 }) : setTimeout(f, 0);

  Promise.all([loaded, built]).then(() => idle(register));

  function register() {
    navigator.serviceWorker
      .register("./sw.js")
      .then((registration) => {
        if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
        registration.addEventListener("updatefound", () => {
          const worker = registration.installing;
          if (!worker) return;
          worker.addEventListener("statechange", () => {
            if (worker.state === "installed" && navigator.serviceWorker.controller) offer(worker);
          });
        });
      })
      .catch((error) => console.warn("Offline use is not available:", error));
  }
})();
