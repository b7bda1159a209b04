/** A small board with an item of each standing a review can give; `withoutFlux` is its next version. */
export function reviewPack({ withoutFlux = false } = {}) {
  return `
board:
  id: review-fixture
  version: '${withoutFlux ? '2' : '1'}'
  title: { nl: 'Reviewbord', en: 'Review board' }
  languages: [nl, en]
  credit: 'Boardwalk'
  licence: 'MIT'
layers:
  - id: layer0
    title: { nl: 'Laag 0', en: 'Layer 0' }
nodes:
  - id: need
    layer: layer0
    type: business-requirement
    label: { nl: 'Behoefte', en: 'Need' }
edges: []
items:
  - id: deploy_tool
    kind: conflict
    group: conflicting-requirement
    title: { nl: 'Welk gereedschap?', en: 'Which tool?' }
    layer0: { nl: 'Geen downtime', en: 'No downtime' }
    layer1: { nl: 'GitOps', en: 'GitOps' }
    refs: [need]
    source: { document: 'fixture', section: '1' }
    options:
      - id: argo_cd
        label: { nl: 'Argo CD', en: 'Argo CD' }
${
  withoutFlux
    ? ''
    : `      - id: flux
        label: { nl: 'Flux', en: 'Flux' }
`
}  - id: dns_risk
    kind: risk
    severity: high
    title: { nl: 'DNS-risico', en: 'DNS risk' }
    refs: [need]
    source: { document: 'fixture', section: '2' }
  - id: budget_question
    kind: open-question
    number: 1
    title: { nl: 'Budget?', en: 'Budget?' }
    question: { nl: 'Hoeveel budget?', en: 'How much budget?' }
    refs: [need]
    source: { document: 'fixture', section: '3' }
  - id: team_question
    kind: open-question
    number: 2
    title: { nl: 'Team?', en: 'Team?' }
    question: { nl: 'Hoe groot is het team?', en: 'How large is the team?' }
    refs: [need]
    source: { document: 'fixture', section: '4' }
`;
}
