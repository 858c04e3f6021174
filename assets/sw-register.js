// Registers the service worker and tells the app when a new version is
// installed and waiting. Release builds only: scripts/gen-sw.mjs writes sw.js
// and stamps the build's version into <meta name="app-version">; the dev server
// (`make serve`) has neither, so while the meta still holds the unreplaced
// placeholder nothing is registered and sw.js is never requested.
//
// When a new worker is waiting this sets `window.appUpdateReady = true` (read by
// an app that mounts later) and `window.applyUpdate()` (activates it and
// reloads), then dispatches the `app-update-ready` event on window.
const appVersion = document.querySelector('meta[name="app-version"]')?.getAttribute('content');
if ('serviceWorker' in navigator && appVersion && appVersion !== '__APP_VERSION__') {
  const base = document.querySelector('base')?.getAttribute('href') || '/';
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then((registration) => {
    const announce = (worker) => {
      window.applyUpdate = () => {
        navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload());
        worker.postMessage('skip-waiting');
      };
      window.appUpdateReady = true;
      window.dispatchEvent(new CustomEvent('app-update-ready'));
    };
    if (registration.waiting && navigator.serviceWorker.controller) announce(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) announce(worker);
      });
    });
    // Look for a new version when the learner comes back to the tab.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') registration.update().catch(() => {});
    });
  }).catch(() => {});
}
