import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { precompress } from '../precompress.ts';
import { VantResolver } from '@vant/auto-import-resolver';

// Components used in templates are imported one by one with their styles (first load stays small);
// function APIs (showToast, showDialog) are imported explicitly, with their style, where used.
const apiServer = process.env.HEXAMALL_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  base: '/',
  plugins: [vue(), Components({ resolvers: [VantResolver()], dirs: [], dts: false }), precompress()],
  define: {
    __VUE_OPTIONS_API__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: { target: 'es2022', reportCompressedSize: false, chunkSizeWarningLimit: 300 },
  server: {
    proxy: Object.fromEntries(
      ['/api', '/demo-images', '/sandbox-gateway'].map((path) => [path, { target: apiServer }]),
    ),
  },
});
