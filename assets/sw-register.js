// Registers the service worker (release builds only: sw.js exists only there)
// and tells the app when a new version is installed and waiting.
if ('serviceWorker' in navigator && document.querySelector('meta[name="app-version"]')) {
  const base = document.querySelector('base')?.getAttribute('href') || '/';
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then((registration) => {
    const announce = (worker) => {
      window.applyUpdate = () => {
        navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload());
        worker.postMessage('skip-waiting');
      };
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
