// The one line the README gives for Svelte.
import type {} from 'portal-widgets/svelte';
