// The four tags in React 19's JSX, with their attributes, properties and
// `onportal-*` events typed (lib/jsx.d.ts, generated from custom-elements.json).
// One line anywhere in a TypeScript project: import type {} from 'portal-widgets/react';

import type { CustomElements } from '../lib/jsx.js';

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an augmentation: the members come from CustomElements
    interface IntrinsicElements extends CustomElements {}
  }
}
