// What the date benchmark needs from date-fns; run.mjs bundles it with esbuild
// into bench/.build/date-fns.js so the page can import it without a bundler.
export { format } from 'date-fns/format';
export { TZDate } from '@date-fns/tz';
