import { css } from 'lit';

export const websiteLinksStyles = css`
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: stretch;
  }
  select {
    flex: 1 1 12rem;
    min-width: 0;
    min-height: 2.25rem;
    font: inherit;
    color: inherit;
    background: var(--portal-color-background, #ffffff);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.5em;
  }
  .list li {
    padding: 0.3em 0;
  }
  .list li:not(:has(ul)) {
    border-bottom: 1px dotted var(--_border);
  }
  .group-name {
    display: block;
    margin-top: 0.5em;
    font-weight: 700;
    color: var(--_muted);
  }
  .logos {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--portal-logo-min-width, 8rem), 1fr));
    gap: var(--_gap);
  }
  .logos a {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: 4rem;
    height: 100%;
    padding: 0.5rem;
    text-align: center;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .logos img {
    display: block;
    max-height: var(--portal-logo-height, 3.5rem);
    width: auto;
    object-fit: contain;
  }
  .skeleton-row {
    display: flex;
    gap: 0.5rem;
  }
  .skeleton-row .bone {
    flex: 1;
    height: 2.25rem;
  }
  .skeleton-row .bone.short {
    flex: 0 0 3rem;
  }
`;
