import { baseStyles } from '../element/styles.js';
import { articleListStyles } from '../article-list/article-list.styles.js';

export const relatedArticlesStyles = [baseStyles, articleListStyles];
