import { createApp } from 'vue';
// Registers the four elements before Vue renders them, so it sets their properties.
import 'portal-widgets';
import App from './App.vue';

createApp(App).mount('#app');
