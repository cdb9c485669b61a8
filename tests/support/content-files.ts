/** Reads the content folder as plain files, the way an editor sees it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONTENT } from './paths';

export interface ContentFile<T = Record<string, any>> {
  id: string;
  file: string;
  data: T;
  body: string;
  raw: string;
}

export function readYamlFolder(folder: string): ContentFile[] {
  const dir = join(CONTENT, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir, f), 'utf8');
      return { id: f.replace(/\.yaml$/, ''), file: `${folder}/${f}`, data: parse(raw), body: '', raw };
    });
}

export function readMdxFolder(folder: string): ContentFile[] {
  return ['en', 'zh'].flatMap((locale) => {
    const dir = join(CONTENT, folder, locale);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => {
        const raw = readFileSync(join(dir, f), 'utf8');
        const [, front = '', body = ''] = raw.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/) ?? [];
        return {
          id: `${locale}/${f.replace(/\.mdx$/, '')}`,
          file: `${folder}/${locale}/${f}`,
          data: parse(front),
          body,
          raw,
        };
      });
  });
}

export const englishWords = (text: string) => (text.match(/[A-Za-z0-9][A-Za-z0-9'’.,$%-]*/g) ?? []).length;
export const hanChars = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length;
