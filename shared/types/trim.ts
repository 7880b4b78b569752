// Trimming by index, in linear time. A pattern such as /\s+$/ or /[.\s]+$/ tries every position
// of a long run of those characters and rescans the run from each: quadratic on crafted text.

/** `text` without the characters of which `drop` says yes at its end. */
export function trimEndWhere(text: string, drop: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1] as string)) end -= 1;
  return text.slice(0, end);
}

/** `text` without the characters of which `drop` says yes at its start. */
export function trimStartWhere(text: string, drop: (char: string) => boolean): string {
  let start = 0;
  while (start < text.length && drop(text[start] as string)) start += 1;
  return text.slice(start);
}

/** A test for one character: is it one of `chars`, or (with `whitespace`) white space? */
export function charIn(chars: string, whitespace = false): (char: string) => boolean {
  return (char) => chars.includes(char) || (whitespace && char.trim() === '');
}
