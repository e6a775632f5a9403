import type { NeededItem } from '../catalogue';
import { spanishList, withA, withoutA } from '../spoken-words-es';

/**
 * The content's equipment ids are English (code keys on them), so the Spanish
 * name of each is here; the words are the ones content/es/README.md chose.
 */
const ITEMS: Readonly<Record<string, string>> = {
  mat: 'esterilla',
  band: 'banda elástica',
  chair: 'silla',
  cushion: 'cojín',
  'tennis ball': 'pelota de tenis',
};

/**
 * An item as named in a sentence, without an article: an equipment id in
 * Spanish, or what the user named (a stand-in such as "una toalla") with its
 * article taken off.
 */
export const itemName = (item: string): string => ITEMS[item] ?? withoutA(item);

/** "Si no tiene esterilla, puede usar una alfombra o una manta doblada.": at most two stand-ins, so the sentence stays short. */
export function standIn(item: string, substitutes: readonly string[]): string {
  return `Si no tiene ${itemName(item)}, puede usar ${spanishList(substitutes.slice(0, 2), 'or')}.`;
}

/**
 * What to have at hand, then a sentence for each item that something can
 * stand in for: one sentence an item reads more easily than the English
 * single list, since each stand-in list has its own "o". The substitutes come
 * with their article from the content, since their gender cannot be guessed
 * reliably. Nothing needed, nothing said.
 */
export function equipment(items: readonly NeededItem[]): string[] {
  if (items.length === 0) return [];
  return [
    `Necesitará ${spanishList(
      items.map((i) => withA(itemName(i.item))),
      'and',
    )}.`,
    ...items.filter((i) => i.substitutes.length > 0).map((i) => standIn(i.item, i.substitutes)),
  ];
}
