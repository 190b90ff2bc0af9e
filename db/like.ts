/** A LIKE pattern for "contains `text`", with `\` escaping LIKE's own wildcards (use with ESCAPE '\'). */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
