// The four tags in Vue templates: attributes, properties and `@portal-*` events, typed.
import type {} from 'portal-widgets/vue';

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
