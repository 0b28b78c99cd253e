// A worker thread's entry: the server runs its TypeScript through tsx (as bin/hexamall.js does), and a
// worker starts without the parent's loader, so it registers tsx before importing the fit.
import { register } from 'tsx/esm/api';

register();
await import('./fit-worker-main.ts');
