// Text written into HTML that the build assembles as strings (search documents, glossary links).

/** `s` safe as HTML text or as a quoted attribute's value. */
export const echapperHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
