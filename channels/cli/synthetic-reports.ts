/** @module A larger collection made from the real reports: entities swapped and figures perturbed per copy. */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const ENTITY_SWAPS: [RegExp, string[]][] = [
  [/Alibaba/g, ['Alibaba', 'Kestrel Group', 'Northwind', 'Pangolin Tech']],
  [/Tencent/g, ['Tencent', 'Heron Holdings', 'Bluefin', 'Osprey Net']],
  [/ByteDance/g, ['ByteDance', 'Lumen Media', 'Quokka', 'Vireo Labs']],
];

/** Copies every report `copies` times into `target`, each copy with its own names and numbers. */
export async function writeSyntheticReports(sourceDir: string, target: string, copies: number): Promise<number> {
  await mkdir(target, { recursive: true });
  const names = (await readdir(sourceDir)).filter((name) => name.endsWith('.txt'));
  const texts = await Promise.all(names.map((name) => readFile(join(sourceDir, name), 'utf8')));
  let bytes = 0;
  for (let copy = 0; copy < copies; copy++) {
    for (const [i, text] of texts.entries()) {
      let varied = text.replace(/\d+(?:\.\d+)?/g, (digits) => (digits.length === 4 && /^(19|20)/.test(digits) ? digits : String(Number(digits) + (copy % 7))));
      for (const [pattern, replacements] of ENTITY_SWAPS) varied = varied.replace(pattern, replacements[copy % replacements.length]!);
      const body = `${varied}\nCopy ${copy} of this report.\n`;
      bytes += Buffer.byteLength(body);
      await writeFile(join(target, `${String(copy).padStart(3, '0')}-${names[i]}`), body);
    }
  }
  return bytes;
}
