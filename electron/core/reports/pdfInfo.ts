/**
 * The PDF's document information (what a reader's "Properties" shows), written by Boardwalk rather
 * than the printing Chromium: an incremental update appends a new Info dictionary and a trailer that
 * points to it, leaving every byte Chromium wrote as it was. A PDF whose cross-reference is not a
 * classic table (a stream) is returned unchanged.
 */
export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  /** ISO time the report was made. */
  createdAt: string;
  /** The session's date (YYYY-MM-DD), kept as its own entry too. */
  sessionDate: string;
}

export const PDF_CREATOR = 'Boardwalk';

/** A PDF text string: UTF-16BE with its byte order mark, as hex, so any character and no delimiter survives. */
function pdfText(value: string): string {
  const hex = [...value]
    .flatMap((char) => {
      const code = char.codePointAt(0)!;
      if (code <= 0xffff) return [code];
      const offset = code - 0x10000;
      return [0xd800 + (offset >> 10), 0xdc00 + (offset & 0x3ff)];
    })
    .map((unit) => unit.toString(16).padStart(4, '0'))
    .join('');
  return `<FEFF${hex}>`;
}

function pdfDate(isoTime: string): string {
  const compact = isoTime.replace(/[-:T]/g, '').replace(/\.\d+/, '').replace(/Z$/, '');
  return `(D:${compact.padEnd(14, '0').slice(0, 14)}Z)`;
}

const latin1 = new TextDecoder('latin1');

export function withDocumentInfo(pdf: Uint8Array, info: DocumentInfo): Uint8Array {
  const tail = latin1.decode(pdf.subarray(Math.max(0, pdf.length - 4096)));
  const previous = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)?.[1];
  const trailer = [...tail.matchAll(/trailer\s*<<([^]*?)>>\s*startxref/g)].at(-1)?.[1];
  const size = trailer && /\/Size\s+(\d+)/.exec(trailer)?.[1];
  const root = trailer && /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  if (!previous || !size || !root) return pdf;
  const number = Number(size);
  const entries = [
    `/Title ${pdfText(info.title)}`,
    `/Author ${pdfText(info.author)}`,
    `/Subject ${pdfText(info.subject)}`,
    `/Keywords ${pdfText(info.keywords)}`,
    `/Creator ${pdfText(PDF_CREATOR)}`,
    `/Producer ${pdfText(PDF_CREATOR)}`,
    `/CreationDate ${pdfDate(info.createdAt)}`,
    `/ModDate ${pdfDate(info.createdAt)}`,
    `/SessionDate ${pdfDate(`${info.sessionDate}T00:00:00Z`)}`,
  ];
  const separator = pdf[pdf.length - 1] === 0x0a ? '' : '\n';
  const objectOffset = pdf.length + separator.length;
  const object = `${number} 0 obj\n<< ${entries.join(' ')} >>\nendobj\n`;
  const xrefOffset = objectOffset + object.length;
  const update =
    `${separator}${object}xref\n${number} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${number + 1} /Root ${root} /Info ${number} 0 R /Prev ${previous} >>\n` +
    `startxref\n${xrefOffset}\n%%EOF\n`;
  const bytes = new Uint8Array(pdf.length + update.length);
  bytes.set(pdf);
  // Everything in the update is ASCII: hex strings and PDF syntax.
  for (let index = 0; index < update.length; index++) bytes[pdf.length + index] = update.charCodeAt(index);
  return bytes;
}
