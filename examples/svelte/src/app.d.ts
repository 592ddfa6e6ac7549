// The four tags in Svelte templates: attributes, properties and `onportal-*` events, typed.
import type {} from 'portal-widgets/svelte';
