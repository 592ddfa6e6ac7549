// What the server uses of the optional peer `jsdom`: a window to sanitise a full article's body in.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: unknown;
  }
}
