import { cityApp } from '@city-app/web/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import config from './city.config';

export default defineConfig({
  plugins: [react(), cityApp({ config })],
});
