/**
 * A citation written the way each language version of the Act cites (docs/glossary.md, "Citation
 * conventions"): "Art. 53(1)(a)" / "Art. 53 Abs. 1 Buchst. a" / "article 53, paragraphe 1, point a)";
 * "Art. 3(63)" (a definition: points, not paragraphs) / "Art. 3 Nr. 63" / "article 3, point 63)";
 * "Rec. 97" / "Erwägungsgrund 97" / "considérant 97"; "Annex XI" / "Anhang XI" / "annexe XI". The engine
 * writes citations in English (src/engine/sources.ts); the language is applied here, when they are shown.
 */
import type { Citation } from '../engine/report';
import type { Lang } from './languages';

type Part = { kind: 'paragraph' | 'point' | 'letter' | 'roman'; value: string };

const ROMAN = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x)$/;

function parts(article: string, brackets: string): Part[] {
  const values = [...brackets.matchAll(/\(([^)]+)\)/g)].map((m) => m[1] as string);
  return values.map((value, i) => {
    if (/^\d+[a-z]?$/.test(value))
      // Art. 3's numbered items are definitions (points), every other article's are paragraphs.
      return { kind: article === '3' && i === 0 ? 'point' : 'paragraph', value };
    if (ROMAN.test(value) && i > 0) return { kind: 'roman', value };
    return { kind: 'letter', value };
  });
}

function germanArticle(article: string, p: Part[]): string {
  const words = p.map((x) =>
    x.kind === 'paragraph'
      ? `Abs. ${x.value}`
      : x.kind === 'point'
        ? `Nr. ${x.value}`
        : x.kind === 'letter'
          ? `Buchst. ${x.value}`
          : `Ziff. ${x.value}`,
  );
  return [`Art. ${article}`, ...words].join(' ');
}

function frenchArticle(article: string, p: Part[]): string {
  const words: string[] = [];
  for (const x of p) {
    if (x.kind === 'paragraph') words.push(`, paragraphe ${x.value}`);
    else if (x.kind === 'point') words.push(`, point ${x.value})`);
    else if (x.kind === 'letter')
      words.push(words.length > 0 && p[0]?.kind === 'point' ? `, ${x.value})` : `, point ${x.value})`);
    else words.push(` ${x.value})`);
  }
  return `article ${article}${words.join('')}`;
}

/** "52(2)–(3)": the range's second end is written as the first end's last part. */
export function article(ref: string, lang: 'de' | 'fr'): string {
  const m = /^(\d+[a-z]?)((?:\([^)]+\))*)(?:–((?:\([^)]+\))+))?(.*)$/.exec(ref);
  if (!m) return ref;
  const number = m[1] as string;
  const brackets = m[2] ?? '';
  const rangeEnd = m[3];
  const rest = m[4] ?? '';
  const write = lang === 'de' ? germanArticle : frenchArticle;
  const first = write(number, parts(number, brackets));
  if (!rangeEnd) return `${first}${rest}`;
  const last = parts(number, brackets.replace(/\([^)]+\)$/, '') + rangeEnd).at(-1);
  const end = last?.value ?? '';
  if (lang === 'de') return `${first} bis ${end}${rest}`;
  // French closes a point's letter or number with a bracket, at each end of a range: "point a) à d)".
  return `${first} à ${end}${last && last.kind !== 'paragraph' ? ')' : ''}${rest}`;
}

const GL_WORDS: Record<
  'de' | 'fr',
  { name: string; section: string; paragraph: string; footnote: string; annex: string }
> = {
  de: { name: 'Leitlinien', section: 'Abschn.', paragraph: 'Rn.', footnote: 'Fn.', annex: 'Anhang' },
  fr: {
    name: 'lignes directrices,',
    section: 'section',
    paragraph: 'point',
    footnote: 'note',
    annex: 'annexe',
  },
};

function guidelines(ref: string, lang: 'de' | 'fr'): string {
  const w = GL_WORDS[lang];
  const section = /^§(.+)$/.exec(ref);
  if (section) return `${w.name} ${w.section} ${section[1]}`;
  const paragraph = /^¶(.+)$/.exec(ref);
  if (paragraph) return `${w.name} ${w.paragraph} ${paragraph[1]}`;
  const footnote = /^fn (.+)$/.exec(ref);
  if (footnote) return `${w.name} ${w.footnote} ${footnote[1]}`;
  const annex = /^Annex (.+)$/.exec(ref);
  if (annex) return `${w.name} ${w.annex} ${annex[1]}`;
  return `${w.name} ${ref}`;
}

const COP_CHAPTERS: Record<string, Record<'de' | 'fr', string>> = {
  Transparency: { de: 'Transparenz', fr: 'Transparence' },
  Copyright: { de: 'Urheberrecht', fr: 'Droit d’auteur' },
  'Safety and Security': { de: 'Sicherheit und Gefahrenabwehr', fr: 'Sûreté et sécurité' },
};

function codeOfPractice(ref: string, lang: 'de' | 'fr'): string {
  const chapter = /^Code of Practice, (.+) chapter$/.exec(ref)?.[1];
  const name = lang === 'de' ? 'Praxisleitfaden' : 'code de bonnes pratiques';
  if (!chapter) return name;
  const title = COP_CHAPTERS[chapter]?.[lang] ?? chapter;
  return lang === 'de' ? `${name}, Kapitel „${title}“` : `${name}, chapitre « ${title} »`;
}

export function citationText(citation: Citation, lang: Lang): string {
  const { ref } = citation;
  if (lang === 'en') return ref;
  if (ref.startsWith('Art. ')) return article(ref.slice(5), lang);
  const recital = /^Rec\. (.+)$/.exec(ref);
  if (recital) return lang === 'de' ? `Erwägungsgrund ${recital[1]}` : `considérant ${recital[1]}`;
  const annex = /^Annex (\S+)(?: Section (\d+))?$/.exec(ref);
  if (annex)
    return lang === 'de'
      ? `Anhang ${annex[1]}${annex[2] ? ` Abschnitt ${annex[2]}` : ''}`
      : `annexe ${annex[1]}${annex[2] ? `, section ${annex[2]}` : ''}`;
  if (ref.startsWith('GL ')) return guidelines(ref.slice(3), lang);
  if (citation.source === 'COP') return codeOfPractice(ref, lang);
  if (citation.source === 'TPL')
    return lang === 'de'
      ? 'Vorlage für die Zusammenfassung der Trainingsinhalte'
      : 'modèle de résumé du contenu d’entraînement';
  if (citation.source === 'OMNI')
    return ref
      .replace('Reg. (EU)', lang === 'de' ? 'Verordnung (EU)' : 'règlement (UE)')
      .replace(/Art\. (\S+)/, (_, a: string) => article(a, lang));
  return ref;
}

/** EUR-Lex's code for each language: in ELI addresses (…/oj/eng) and in the older ones (legal-content/EN/). */
const EUR_LEX: Record<Lang, { eli: string; path: string }> = {
  en: { eli: 'eng', path: 'EN' },
  de: { eli: 'deu', path: 'DE' },
  fr: { eli: 'fra', path: 'FR' },
};

/**
 * A source's address in the reader's language where the source has language versions: an EUR-Lex text (the AI
 * Act, its consolidated version, the Commission's decisions) opens in the official version the report cites.
 * Other addresses are returned as they are.
 */
export function sourceUrl(url: string, lang: Lang): string {
  const { eli, path } = EUR_LEX[lang];
  return url
    .replace(/^(https:\/\/eur-lex\.europa\.eu\/eli\/[^#?]+\/)eng(?=$|[#?])/u, `$1${eli}`)
    .replace(/^(https:\/\/eur-lex\.europa\.eu\/legal-content\/)EN\//u, `$1${path}/`);
}
