// Starts one static server for the whole run and shares its URL via the environment.
import { startServer } from './static-server.mjs';

export default async function globalSetup() {
  const root = process.env.E2E_DIST || 'target/e2e-dist';
  const base = process.env.E2E_BASE || '/roadmap/';
  const { server, url } = await startServer({ root, base });
  process.env.E2E_URL = url;
  return async () => new Promise((resolve) => server.close(resolve));
}
