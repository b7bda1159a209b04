import { REPORT_FONT_FAMILY } from './fonts.ts';

/**
 * Print styles of the decision report: A4, readable in black and white. Long unbroken words wrap
 * rather than run off the page; tables keep their width; every inline element is a bidi isolate.
 */
export const REPORT_CSS = `
@page { size: A4; margin: 18mm 16mm 18mm 16mm; }
* { box-sizing: border-box; }
html { font-family: "${REPORT_FONT_FAMILY}", "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #111; line-height: 1.32; }
body { margin: 0; overflow-wrap: anywhere; word-break: break-word; }
span, b, i, bdi, a, td, th, dd, dt, li { unicode-bidi: isolate; }
h1 { font-size: 19pt; margin: 0 0 3mm; }
h2 { font-size: 13pt; margin: 4.5mm 0 2mm; border-bottom: 1.2pt solid #222; padding-bottom: 0.8mm; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 3mm 0 1mm; break-after: avoid; }
.items h3 { margin-top: 0; }
.subheading { font-weight: bold; margin: 2mm 0 1mm; break-after: avoid; }
p { margin: 1mm 0 2mm; }
.kicker { font-size: 10pt; letter-spacing: 0.04em; color: #444; margin: 0; }
.cover { border-bottom: 2pt solid #222; padding-bottom: 2mm; }
.meta { display: grid; grid-template-columns: 34mm 1fr; gap: 0.6mm 4mm; margin: 0; }
.meta dt { font-weight: bold; }
.meta dd { margin: 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 1mm 0 2mm; }
th, td { border: 0.5pt solid #888; padding: 0.8mm 1.5mm; text-align: start; vertical-align: top; font-size: 8.5pt; }
th { background: #eee; }
tr { break-inside: avoid; }
.counts td, .counts th { text-align: center; }
.note { font-size: 9pt; color: #333; }
.status { display: inline-block; padding: 0 1.6mm; border: 0.8pt solid #333; border-radius: 1.2mm; font-size: 8.5pt; font-weight: bold; }
.status-decided { background: #d9f2dd; }
.status-deferred { background: #fff1c2; }
.status-escalated { background: #ffd6d6; }
.status-not-applicable { background: #e6e6e6; }
.items > h2 { break-before: page; }
/* A page per item, so each can be handed out or filed on its own; the first shares its page with the heading. */
.item-page { break-inside: avoid; }
.item-page + .item-page { break-before: page; }
.item-line { font-size: 9pt; color: #333; }
.question { font-style: italic; }
.field { margin: 0.8mm 0; }
.field > b { display: inline-block; min-width: 32mm; }
.rationale { white-space: pre-wrap; }
.option-detail { font-size: 8.5pt; color: #333; }
.outcome { border: 0.75pt solid #999; border-radius: 1.5mm; padding: 1mm 3mm 2mm; margin: 2mm 0; break-inside: avoid; }
ul { margin: 0.5mm 0 1.5mm; padding-inline-start: 5mm; }
ul.checklist { list-style: none; padding-inline-start: 0; }
ul.checklist.two-columns { columns: 2; column-gap: 6mm; }
ul.checklist li { break-inside: avoid; }
ul.checklist li::before { content: "\\2610  "; }
ul.checklist li.ticked::before { content: "\\2611  "; }
.author-notes, .source-notes { font-size: 8.5pt; margin: 1.5mm 0; }
.source-notes { font-size: 8pt; color: #333; }
.author-notes { border-inline-start: 2pt solid #5a7; padding-inline-start: 2mm; }
.source-notes { border-inline-start: 2pt solid #c90; padding-inline-start: 2mm; }
.chain-block { break-inside: avoid; }
svg.chain { display: block; margin: 1mm 0; font-family: inherit; }
svg.chain rect { fill: #fff; stroke: #555; stroke-width: 1; }
svg.chain .self rect { stroke-width: 2.2; }
svg.chain .status-decided rect { fill: #d9f2dd; }
svg.chain .status-deferred rect { fill: #fff1c2; }
svg.chain .status-escalated rect { fill: #ffd6d6; }
svg.chain .status-not-applicable rect { fill: #e6e6e6; }
svg.chain text { font-size: 9.5px; fill: #111; }
svg.chain text.node-status { font-size: 8.5px; fill: #333; font-weight: bold; }
svg.chain path.link { fill: none; stroke: #444; stroke-width: 1.1; }
svg.chain marker path { fill: #444; }
.audit td, .blocking td { font-size: 7.5pt; }
table.decisions th:first-child, table.critical th:first-child, table.risks th:nth-child(2), table.actions th:first-child { width: 32%; }
table.options th:first-child { width: 64%; }
table.blocking th:first-child { width: 58%; }
table.blocking th:nth-child(2) { width: 12%; }
table.audit th:first-child { width: 17%; }
table.audit th:nth-child(2) { width: 15%; }
table.audit th:nth-child(3) { width: 38%; }
.footer { margin-top: 6mm; font-size: 8pt; color: #444; }
`;
