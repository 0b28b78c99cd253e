import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { setRequestIdentity } from './api/client.ts';
import { applyLocale, createAppI18n } from './i18n/index.ts';
import { registerServiceWorker } from './pwa/register.ts';
import { createAppRouter } from './router.ts';
import { useCartStore } from './stores/cart.ts';
import { useSessionStore } from './stores/session.ts';
import './styles/theme.css';

const app = createApp(App);
const pinia = createPinia();
app.use(pinia);
const i18n = createAppI18n();
applyLocale(i18n.global.locale, i18n.global.locale.value);
app.use(i18n);

const session = useSessionStore(pinia);
const cart = useCartStore(pinia);
setRequestIdentity({
  token: () => session.token,
  cartToken: () => cart.cartToken,
  locale: () => i18n.global.locale.value,
});
app.use(createAppRouter(() => session.signedIn));
app.mount('#app');
registerServiceWorker();
