import { baseStyles } from '../internal/styles.js';
import { articleListStyles } from '../internal/article-list.styles.js';

export const newsListStyles = [baseStyles, articleListStyles];
