/**
 * @module Every filled cell of a table paragraph becomes a fact: entity = the document's company,
 * metric = the row label (normalised through the synonym table), period = the column heading, scale
 * and currency from the caption, negative from parentheses, cited by the row's text verbatim.
 */
import { normaliseLabel, scaled, type Fact, type Paragraph, type ReportDocument } from '../../core/index.js';
import { currencyOf, isCountRow, isPerUnitRow, isUnscaledCount, SCALE_POWERS } from './caption-scale.js';
import { cellNumber } from './cells.js';


const CORPORATE_SUFFIX = /^(.*?\b(?:Inc|Incorporated|Corp|Corporation|Company|Co|Ltd|Limited|LLC|plc|PLC|Group|Holdings|N\.V|S\.A|AG|SE)\b\.?)(?=\s|,|$)/;
/** Where a filing's title stops naming the company: "10-K", "Annual Report", "Form", a year, a file name. */
const AFTER_NAME = /\s+(?:\S*_\S*|\S*\d\S*|Form|Annual|Quarterly|Interim|Report|Fiscal|FY\S*|Q[1-4]\S*)(?:\s|$)/i;

/**
 * Whom a filing's table is about: its company when the document's metadata gives one, else the name
 * its title starts with ("Harbor Lane Foods Inc. Annual Report 2023" → "Harbor Lane Foods Inc.").
 */
export function tableEntityName(document: ReportDocument): string | null {
  if (document.company) return document.company;
  const title = document.title.trim();
  const suffixed = title.match(CORPORATE_SUFFIX)?.[1];
  if (suffixed) return suffixed;
  const cut = title.search(AFTER_NAME);
  const name = (cut > 0 ? title.slice(0, cut) : title).trim();
  return name && !/\d/.test(name.replace(/^\d+[A-Z]\b/, '')) ? name : null;
}

export function tableFacts(document: ReportDocument, paragraph: Paragraph): Fact[] {
  const table = paragraph.table;
  if (!table) return [];
  const facts: Fact[] = [];
  const entityName = tableEntityName(document);
  let counter = 0;
  for (const row of table.rows) {
    if (!row.cells.length || !paragraph.text.includes(row.text)) continue;
    const { label, metric } = normaliseLabel(row.label);
    if (!label) continue;
    const perUnit = isPerUnitRow(row.label);
    const count = isCountRow(row.label);
    row.cells.forEach((cellText, column) => {
      const number = cellNumber({ text: cellText, currency: null, nil: /^[—–-]{1,2}$/.test(cellText) });
      if (!number) return;
      const percent = number.percent;
      // Per-share amounts and percentages are as written; money and counts take the caption's scale.
      const scale = percent || perUnit || isUnscaledCount(row.label) ? null : table.scale;
      const power = scale ? SCALE_POWERS[scale] ?? 0 : 0;
      const magnitude = scaled(number.digits, power);
      const currency = percent || count ? null : currencyOf(row.text) ?? table.currency;
      facts.push({
        id: `${paragraph.id}/f${++counter}`,
        entity: null,
        entityName,
        counterparty: null,
        metric: metric ?? 'other',
        label,
        table: { row: row.label, column: table.columns[column]?.text ?? null },
        growthOf: null,
        value: number.negative && magnitude !== '0' ? `-${magnitude}` : magnitude,
        unit: percent ? 'percent' : currency ? 'currency' : 'number',
        currency,
        scale,
        qualifier: null,
        text: cellText,
        period: table.columns[column] ?? { text: null, from: null, to: null },
        asOf: document.date,
        docId: document.docId,
        paragraph: paragraph.n,
        paragraphId: paragraph.id,
        quote: row.text,
        disputed: false,
        source: 'rules',
      });
    });
  }
  return facts;
}
