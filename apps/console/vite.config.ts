import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { precompress } from '../precompress.ts';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';

// Element Plus components are imported one by one with their styles; ECharts is imported by chart type
// in src/components/chart (echarts/core), so the console's first load stays small too.
const apiServer = process.env.HEXAMALL_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  base: '/console/',
  plugins: [
    vue(),
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dirs: [], dts: false }),
    precompress(),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  define: {
    __VUE_OPTIONS_API__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: { target: 'es2022', reportCompressedSize: false, chunkSizeWarningLimit: 600 },
  server: {
    proxy: Object.fromEntries(['/api', '/demo-images'].map((path) => [path, { target: apiServer }])),
  },
});
