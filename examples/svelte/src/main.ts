import { mount } from 'svelte';
// Registers the four elements before Svelte renders them, so it sets their properties.
import 'portal-widgets';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
