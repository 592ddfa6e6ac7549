import { nothing } from 'lit';
import type { ImageSize } from '../data/model.js';

/** `srcset` for the widths of a picture the data gives (`imageSizes`), or no attribute. */
export const srcsetOf = (sizes: ImageSize[] | undefined) =>
  sizes?.length ? sizes.map(({ url, width }) => `${url} ${width}w`).join(', ') : nothing;

/**
 * `sizes` for a lazy picture: the width of its own box (`auto`, which only a
 * lazy image may use), else, in browsers without it, the viewport's.
 */
export const LAZY_SIZES = 'auto, 100vw';
