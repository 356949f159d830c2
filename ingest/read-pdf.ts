/** @module PDF: text per page through pdf.js (unpdf's serverless build), no native code. */
import { extractText, getDocumentProxy } from 'unpdf';
import { BaogaoError } from '../core/index.js';

export async function readPdf(bytes: Uint8Array, source: string): Promise<string[]> {
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    const { text } = await extractText(pdf, { mergePages: false });
    return text.flatMap((page) => page.split(/\r?\n/));
  } catch (cause) {
    throw new BaogaoError('unreadable_file', { message: `${source} could not be read as PDF`, field: source, cause });
  }
}
