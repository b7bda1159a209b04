import { REPORT_EMOJI_FAMILY, REPORT_FONT_FAMILY } from './fonts.ts';

/**
 * Print styles of the decision report: A4, readable in black and white. Items flow: each starts
 * where the one before ends, is kept whole where it fits, and breaks cleanly where it does not
 * (never with its heading alone at the foot of a page). Words break only at a hyphen: the text
 * carries soft hyphens (shared/typography/hyphenate.ts), so nothing here breaks a word anywhere.
 * Tables size their columns to their content. Every inline element is a bidi isolate.
 */
export const REPORT_CSS = `
@page { size: A4; margin: 16mm 15mm 16mm 15mm; }
* { box-sizing: border-box; }
html { font-family: "${REPORT_FONT_FAMILY}", "${REPORT_EMOJI_FAMILY}", "DejaVu Sans", sans-serif; font-size: 9pt; color: #111; line-height: 1.3; }
body { margin: 0; overflow-wrap: break-word; hyphens: manual; }
td.fit, th.fit { white-space: nowrap; width: 1%; }
td.wide-enough { min-width: 28mm; }
span, b, i, bdi, a, td, th, dd, dt, li { unicode-bidi: isolate; }
a { color: inherit; text-decoration: none; }
h1 { font-size: 19pt; margin: 0 0 3mm; }
h2 { font-size: 13pt; margin: 4.5mm 0 2mm; border-bottom: 1.2pt solid #222; padding-bottom: 0.8mm; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 3mm 0 1mm; break-after: avoid; }
h2, h3, .subheading, .item-line, .question { break-inside: avoid; }
.subheading { font-weight: bold; margin: 2mm 0 1mm; break-after: avoid; }
p { margin: 1mm 0 2mm; orphans: 2; widows: 2; }
.kicker { font-size: 10pt; letter-spacing: 0.04em; color: #444; margin: 0; }
.cover { border-bottom: 2pt solid #222; padding-bottom: 2mm; }
.meta { display: grid; grid-template-columns: 34mm 1fr; gap: 0.6mm 4mm; margin: 0; }
.meta dt { font-weight: bold; }
.meta dd { margin: 0; }
.written p { font-size: 10.5pt; }
.attention-list { list-style: none; padding-inline-start: 0; }
.attention-list li { margin: 0.8mm 0; break-inside: avoid; }
.contents ol { list-style: none; padding-inline-start: 0; margin: 0; }
.contents > ol > li { margin: 1mm 0; font-weight: bold; }
.contents .contents-items { padding-inline-start: 6mm; font-weight: normal; columns: 2; column-gap: 6mm; }
.contents .contents-items li { break-inside: avoid; }
table { border-collapse: collapse; width: 100%; table-layout: auto; margin: 1mm 0 2mm; }
th, td { border: 0.5pt solid #888; padding: 0.8mm 1.5mm; text-align: start; vertical-align: top; font-size: 8pt; }
th { background: #eee; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.counts td, .counts th { text-align: center; }
.note { font-size: 9pt; color: #333; }
.nowrap, .status, .overdue, .severity { white-space: nowrap; }
.status { display: inline-block; padding: 0 1.6mm; border: 0.8pt solid #333; border-radius: 1.2mm; font-size: 8.5pt; font-weight: bold; }
.status-decided { background: #d9f2dd; }
.status-deferred { background: #fff1c2; }
.status-escalated { background: #ffd6d6; }
.status-not-applicable { background: #e6e6e6; }
.overdue { display: inline-block; padding: 0 1.4mm; border: 1pt solid #a00; border-radius: 1.2mm; color: #a00; font-weight: bold; font-size: 8pt; }
.severity-critical, .severity-high { font-weight: bold; }
/* Items flow: each is kept whole on a page where it fits; one longer than a page breaks between its parts. */
.item-page { margin: 0 0 3mm; padding-top: 1mm; border-top: 0.6pt solid #bbb; }
.item-core { break-inside: avoid; }
.facts { display: flex; flex-wrap: wrap; gap: 0.5mm 6mm; margin: 0.8mm 0; }
.fact { break-inside: avoid; }
.item-page:first-of-type { border-top: none; }
.item-line { font-size: 9pt; color: #333; }
.question { font-style: italic; }
.field { display: grid; grid-template-columns: 32mm 1fr; column-gap: 2mm; margin: 0.8mm 0; break-inside: avoid; }
.field > b { display: block; }
.rationale { white-space: pre-wrap; }
.option-detail { font-size: 8.5pt; color: #333; }
.outcome { border: 0.75pt solid #999; border-radius: 1.5mm; padding: 1mm 3mm 2mm; margin: 2mm 0; }
ul { margin: 0.5mm 0 1.5mm; padding-inline-start: 5mm; }
ul.checklist { list-style: none; padding-inline-start: 0; margin: 0; }
ul.checklist.two-columns { columns: 2; column-gap: 6mm; }
ul.checklist li { break-inside: avoid; }
ul.checklist li::before { content: "\\2610  "; }
ul.checklist li.ticked::before { content: "\\2611  "; }
.author-notes, .source-notes { font-size: 8.5pt; margin: 1.5mm 0; break-inside: avoid; }
.source-notes { font-size: 8pt; color: #333; }
.author-notes { border-inline-start: 2pt solid #5a7; padding-inline-start: 2mm; }
.source-notes { border-inline-start: 2pt solid #c90; padding-inline-start: 2mm; }
.chain-block { break-inside: avoid; }
svg.chain { display: block; margin: 1mm 0; font-family: inherit; max-width: 100%; height: auto; }
svg.chain rect { fill: #fff; stroke: #555; stroke-width: 1; }
svg.chain .self rect { stroke-width: 2.2; }
svg.chain .status-decided rect { fill: #d9f2dd; }
svg.chain .status-deferred rect { fill: #fff1c2; }
svg.chain .status-escalated rect { fill: #ffd6d6; }
svg.chain .status-not-applicable rect { fill: #e6e6e6; }
svg.chain text { fill: #111; }
svg.chain text.node-status { fill: #333; font-weight: bold; }
svg.chain path.link { fill: none; stroke: #444; stroke-width: 1.1; }
svg.chain marker path { fill: #444; }
.audit td, .blocking td { font-size: 8pt; }
.appendix { break-before: page; }
.footer { margin-top: 6mm; font-size: 8pt; color: #444; }
`;
