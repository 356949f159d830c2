/** @module Characters that print as nothing (zero-width spaces and joiners, soft hyphens, BOMs). */

/**
 * Pasted or hostile text carries them inside words ("Ten\u200bcent"), where they split a name
 * or a term in two without anyone seeing why a search missed.
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/g;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
