// Registers `<article-card>` and exports nothing: what a list with layout `cards` loads
// (a chunk in the files of one list element; in the drop-in file, there already).
import './article-card.js';
