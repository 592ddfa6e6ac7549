// The one line the README gives for Vue.
import type {} from 'portal-widgets/vue';
