// The tokenizer of the index: CJK character bigrams (deterministic on every ICU version, unlike
// Intl.Segmenter), ASCII letters and digits kept whole (article ids such as CC585), lower-cased.
import { describeValue, ValidationError } from '@gd-ftz/core';

/** CJK Unified Ideographs, Extension A and the compatibility block: the characters paired. */
function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

function isWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
}

/**
 * The tokens of a text: each run of CJK characters as overlapping character bigrams (a lone
 * character as itself), each run of ASCII letters and digits as one lower-cased token; everything
 * else separates.
 * @throws ValidationError naming `text` when it is not a string.
 * @example
 * bigramTokens('违约金过高 CC585'); // ['违约', '约金', '金过', '过高', 'cc585']
 */
export function bigramTokens(text: string): string[] {
  if (typeof text !== 'string')
    throw ValidationError.of('text', `must be text, got ${describeValue(text)}`, '须为文本');
  const out: string[] = [];
  const s = text.toLowerCase();
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isCjk(c)) {
      let j = i + 1;
      while (j < n && isCjk(s.charCodeAt(j))) j++;
      if (j - i === 1) out.push(s[i] as string);
      for (let k = i; k + 1 < j; k++) out.push(s.slice(k, k + 2));
      i = j;
    } else if (isWord(c)) {
      let j = i + 1;
      while (j < n && isWord(s.charCodeAt(j))) j++;
      out.push(s.slice(i, j));
      i = j;
    } else i++;
  }
  return out;
}

/** The tokenizers an index can use: `bigram` (default, the same on every machine) or `segmenter`. */
export type Tokenizer = 'bigram' | 'segmenter';

export const TOKENIZERS: readonly Tokenizer[] = ['bigram', 'segmenter'];

let segmenter: Intl.Segmenter | undefined;

/**
 * The word-like segments of `Intl.Segmenter('zh', { granularity: 'word' })` over the lower-cased
 * text (ASCII runs lower-cased as {@link bigramTokens} does). Its word breaks come from the ICU
 * dictionary shipped with the runtime, so they may differ between Node versions: the bench compares
 * it, the default index does not use it.
 * @throws ValidationError naming `text` when it is not a string, `o.tokenizer` when the runtime has
 * no `Intl.Segmenter`.
 */
export function segmenterTokens(text: string): string[] {
  if (typeof text !== 'string')
    throw ValidationError.of('text', `must be text, got ${describeValue(text)}`, '须为文本');
  if (segmenter === undefined) {
    if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function')
      throw ValidationError.of(
        'o.tokenizer',
        "is 'segmenter', but this runtime has no Intl.Segmenter",
        '当前运行环境不支持 Intl.Segmenter',
      );
    segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  }
  const out: string[] = [];
  for (const s of segmenter.segment(text.toLowerCase())) if (s.isWordLike) out.push(s.segment);
  return out;
}
