import { baseStyles } from '../internal/styles.js';
import { articleListStyles } from '../internal/article-list.styles.js';

export const relatedArticlesStyles = [baseStyles, articleListStyles];
