/** Print styles of the decision report: A4, readable in black and white. */
export const REPORT_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; color: #111; line-height: 1.4; margin: 0; }
h1 { font-size: 20pt; margin: 0 0 4mm; }
h2 { font-size: 14pt; margin: 8mm 0 3mm; border-bottom: 1.5pt solid #222; padding-bottom: 1mm; }
h3 { font-size: 11.5pt; margin: 0 0 2mm; }
.meta { display: grid; grid-template-columns: 38mm 1fr; gap: 1mm 4mm; margin-bottom: 4mm; }
.meta dt { font-weight: bold; }
.meta dd { margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.5pt solid #888; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
th { background: #eee; }
.item { border: 0.75pt solid #999; border-radius: 2mm; padding: 3mm 4mm; margin: 0 0 4mm; break-inside: avoid; }
.status { display: inline-block; padding: 0.5mm 2mm; border: 1pt solid #333; border-radius: 1.5mm; font-size: 9pt; font-weight: bold; }
.status-decided { background: #d9f2dd; }
.status-deferred { background: #fff1c2; }
.status-escalated { background: #ffd6d6; }
.status-not-applicable { background: #e6e6e6; }
.field { margin: 1mm 0; }
.field b { display: inline-block; min-width: 34mm; }
.rationale { white-space: pre-wrap; }
ul.checklist { list-style: none; padding-left: 0; margin: 1mm 0; }
ul.checklist li::before { content: "\\2610  "; }
ul.checklist li.ticked::before { content: "\\2611  "; }
.audit td { font-size: 8.5pt; }
.overview td { font-size: 9.5pt; }
.kind-heading { font-size: 12.5pt; margin: 6mm 0 3mm; break-after: avoid; }
.footer { margin-top: 8mm; font-size: 8.5pt; color: #444; }
`;
