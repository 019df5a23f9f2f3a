import { fileURLToPath } from 'node:url';
import { refuseUnresolvedConflicts } from '@city-app/cli/conflicts';
import { cityApp } from '@city-app/web/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import config from './city.config';

// A build stops, naming the files, while `city-app update` has left conflict markers.
await refuseUnresolvedConflicts(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  plugins: [react(), cityApp({ config })],
});
