// Defaults of the news options, without the schema: the browser screens fill them in
// without loading the validation library.

/** Categories a town starts with; a town replaces them in `modules.news.categories`. */
export const DEFAULT_CATEGORIES = [
  'Rathaus',
  'Baustellen',
  'Veranstaltungen',
  'Bildung',
  'Wirtschaft',
];

/** Articles per page in the news list. */
export const DEFAULT_PER_PAGE = 10;
