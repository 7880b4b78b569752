/**
 * The version of the suggestion model (vocabulary, weights, scoring). Bumped whenever any of
 * them changes, so that suggestions stored with a document's text are worked out again. Kept
 * alone so that checking it never loads the model.
 */
export const SUGGESTER_VERSION = 4;
