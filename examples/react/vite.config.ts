import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The demo API allows http://localhost:8000 (examples/billing-api/README.md), so the dev server
// and the preview serve there; stop `npm start` first, or start the API alone with `npm run api`.
export default defineConfig({
  plugins: [react()],
  server: { port: 8000, strictPort: true },
  preview: { port: 8000, strictPort: true },
});
