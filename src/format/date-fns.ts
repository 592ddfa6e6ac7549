// date-fns, loaded on demand: only a `date-format` other than the defaults needs it.
import { tz } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';
import { vi } from 'date-fns/locale/vi';
import type { Lang } from './labels.js';

/** `time` in `timeZone`, exactly as date-fns writes `pattern`; a RangeError for a pattern date-fns rejects. */
export const formatPattern = (time: number, pattern: string, lang: Lang, timeZone: string): string =>
  format(time, pattern, { in: tz(timeZone), locale: lang === 'en' ? enUS : vi });
