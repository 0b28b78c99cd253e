import { createApp, h } from 'vue';

createApp({ render: () => h('p', 'Hexamall console') }).mount('#app');
