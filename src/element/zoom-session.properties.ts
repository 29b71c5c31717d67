/**
 * How `<zoom-session>` declares its text attributes (the table itself is on the class, where the
 * manifest analyzer reads it).
 */

/**
 * A text attribute whose removal gives back its default: Lit's plain converter would leave `null`
 * in a property every part of the element treats as a string.
 */
export const text = (attribute: string, fallback: string) => ({
  attribute,
  converter: { fromAttribute: (value: string | null) => value ?? fallback },
});
