import { describe, expect, it } from 'vitest';
import esRoutines from '../../content/es/routines.json';
import esStretches from '../../content/es/stretches.json';
import { ContentError, loadContent } from '../../lambda/domain/content-validation';
import { rawContent } from '../support/content';

/**
 * The Spanish content (content/es/) must be the English content with every
 * spoken string written in Spanish: the same stretches and routines, in the
 * same order, the same fields, the same numbers and ids, and the same number
 * of cues (one Spanish cue per English action). See content/es/README.md.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Fields whose strings are ids or enum values, never spoken: they must match the English exactly. */
const ID_FIELDS = new Set(['id', 'startPosition', 'tags', 'stretchIds', 'item', 'kind']);
/** Lists of ways to say a name: any non-empty length. Every other list keeps the English length. */
const FREE_LENGTH = new Set(['aliases']);
/** Spoken strings that may read the same in both languages. */
const SAME_IN_BOTH: ReadonlySet<string> = new Set([]);

/** Every difference in shape, ids or numbers between the English `en` and the Spanish `es`, as readable paths. */
function differences(en: Json, es: Json, path: string, field: string, idField = false): string[] {
  if (Array.isArray(en)) {
    if (!Array.isArray(es)) return [`${path}: should be a list`];
    if (FREE_LENGTH.has(field)) return es.length > 0 ? [] : [`${path}: is empty`];
    if (en.length !== es.length) return [`${path}: has ${es.length} entries, the English has ${en.length}`];
    return en.flatMap((item, i) => differences(item, es[i] as Json, `${path}[${i}]`, field, idField));
  }
  if (en !== null && typeof en === 'object') {
    if (es === null || typeof es !== 'object' || Array.isArray(es)) return [`${path}: should be an object`];
    const missing = Object.keys(en)
      .filter((k) => !(k in es))
      .map((k) => `${path}.${k}: is missing`);
    const extra = Object.keys(es)
      .filter((k) => !(k in en))
      .map((k) => `${path}.${k}: is not in the English`);
    const nested = Object.keys(en)
      .filter((k) => k in es)
      .flatMap((k) => differences(en[k] as Json, es[k] as Json, `${path}.${k}`, k, ID_FIELDS.has(k)));
    return [...missing, ...extra, ...nested];
  }
  if (typeof en === 'string') {
    if (typeof es !== 'string') return [`${path}: should be a string`];
    if (idField) return en === es ? [] : [`${path}: is "${es}", the English id is "${en}"`];
    if (en === es && !SAME_IN_BOTH.has(en)) return [`${path}: is still the English "${en}"`];
    return [];
  }
  return en === es ? [] : [`${path}: is ${JSON.stringify(es)}, the English has ${JSON.stringify(en)}`];
}

/** Aliases with their accents and tildes folded away ("rápido" -> "rapido"), for the English-only alias rule. */
function foldAliases<T>(raw: T): T {
  const fold = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const walk = (node: Json, key: string): Json => {
    if (Array.isArray(node)) return node.map((item) => (key === 'aliases' && typeof item === 'string' ? fold(item) : walk(item, key)));
    if (node !== null && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, k)]));
    return node;
  };
  return walk(raw as Json, '') as T;
}

function problemsOf(load: () => unknown): string[] {
  try {
    load();
    return [];
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
}

/** Every spoken string of the Spanish stretches, for checks on the words. */
function spokenCues(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const walk = (node: Json, where: string, key: string): void => {
    if (typeof node === 'string' && !ID_FIELDS.has(key) && key !== 'aliases') out.push({ where, text: node });
    else if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${where}[${i}]`, key));
    else if (node !== null && typeof node === 'object') Object.entries(node).forEach(([k, v]) => walk(v, `${where}.${k}`, k));
  };
  walk(esStretches as unknown as Json, 'stretches', '');
  return out;
}

describe('the Spanish content', () => {
  it('has every English stretch and routine, in the same order', () => {
    expect(esStretches.stretches.map((s) => s.id)).toEqual(rawContent.stretches.stretches.map((s) => s.id));
    expect(esRoutines.routines.map((r) => r.id)).toEqual(rawContent.routines.routines.map((r) => r.id));
  });

  it('has every English field, with the same numbers, ids, tags and number of cues, and no string left in English', () => {
    expect(differences(rawContent.stretches as unknown as Json, esStretches as unknown as Json, 'stretches', '')).toEqual([]);
    expect(differences(rawContent.routines as unknown as Json, esRoutines as unknown as Json, 'routines', '')).toEqual([]);
  });

  it('passes the content schema and cross-checks, once accents in aliases are folded for the English-only alias rule', () => {
    expect(problemsOf(() => loadContent(foldAliases(esStretches), foldAliases(esRoutines)))).toEqual([]);
  });

  it('is rejected by the schema only for accented aliases (the alias rule allows a to z only), and nothing else', () => {
    const problems = problemsOf(() => loadContent(esStretches, esRoutines));
    const other = problems.filter((p) => !/\.aliases\[\d+\]: must be lower-case spoken words$/.test(p));
    expect(other).toEqual([]);
  });

  it('puts {side} and {other} only after a feminine noun or "la" (they will be filled with "derecha" and "izquierda")', () => {
    const masculine =
      /\b(el|del|al|un|los|sus)\s+\{(side|other)\}|\b(pie|pies|tobillo|muslo|brazo|hombro|glúteo|lado|talón|codo|costado|dedos)\s+\{(side|other)\}/i;
    expect(spokenCues().filter(({ text }) => masculine.test(text))).toEqual([]);
  });

  it('never says a word that assumes the listener is a man or a woman (sentado, acostado, tumbado, cansado...)', () => {
    const gendered = /\b(sentad[oa]s?|acostad[oa]s?|tumbad[oa]s?|cansad[oa]s?|list[oa]s?|tranquil[oa]s?|solo|sola)\b/i;
    expect(spokenCues().filter(({ text }) => gendered.test(text.replace(/\bsolo\b/gi, '')))).toEqual([]);
  });
});
