import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { setRequestIdentity } from './api/client.ts';
import { createConsoleI18n, rememberLocale } from './i18n/index.ts';
import { createConsoleRouter } from './router.ts';
import { useSessionStore } from './stores/session.ts';
import './styles.css';

const app = createApp(App);
const pinia = createPinia();
app.use(pinia);
const i18n = createConsoleI18n();
rememberLocale(i18n.global.locale.value);
app.use(i18n);
const session = useSessionStore(pinia);
setRequestIdentity({ token: () => session.token, locale: () => i18n.global.locale.value });
app.use(createConsoleRouter(session));
app.mount('#app');
