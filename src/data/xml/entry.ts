import type { Article } from '../model.js';
import { at, fail } from '../validate.js';

/**
 * The title of an entry: its own, else one taken from its text. An entry
 * with neither is still a real entry the portal published while it has a
 * date or an id (RSS `guid`, Atom `id`), as a lenient reader lists it: it
 * gets an empty title, marked `untitled`, and the elements show
 * "(Không có tiêu đề)". An entry without either is skipped.
 */
export const titled = (title: string | undefined, path: string, mark: string | undefined): Pick<Article, 'title' | 'untitled'> =>
  title ? { title } : mark ? { title: '', untitled: true } : fail(at(path, 'title'), 'missing');
