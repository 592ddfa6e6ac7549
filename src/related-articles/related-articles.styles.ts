import { baseStyles } from '../element/styles.js';
import { articleListStyles } from '../article-list/article-list.styles.js';
import { articleCardStyles } from '../article-card/article-card.styles.js';

/** With the card's own styles, for the loading cards of layout `cards`. */
export const relatedArticlesStyles = [baseStyles, articleListStyles, articleCardStyles];
