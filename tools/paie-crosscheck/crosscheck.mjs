// Evaluates standard 2026 payslips with mon-entreprise's engine (modele-social + publicodes, from npm) and writes
// agora-domain/src/test/resources/crosscheck/modele-social-2026.json, read by PayslipCrossCheckTest (no node needed
// by the Java build). Regenerate: cd tools/paie-crosscheck && npm ci && npm run fixture
//
// Each case is written once, in AGOrA's input terms (the same shape as POST /api/v1/payslips/compute); the
// publicodes situation is derived from it. Values are stored unrounded (as the engine computes them, float noise
// removed at 9 decimals); the Java test rounds them HALF_UP to the cent.
import rules from 'modele-social';
import Engine from 'publicodes';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const versions = {
  'modele-social': JSON.parse(readFileSync(new URL('./node_modules/modele-social/package.json', import.meta.url))).version,
  publicodes: JSON.parse(readFileSync(new URL('./node_modules/publicodes/package.json', import.meta.url))).version,
  node: process.version,
};

const engine = new Engine(rules, { logger: { log() {}, warn() {}, error: console.error } });

// ---- the standard cases (AGOrA input terms) ----
const week = (d, h) => ({ weekStart: d, hoursWorked: h });
const cases = [
  { id: 'NC_SMIC_35H', title: 'Non-cadre at the SMIC, 35 h, 10 employees, Jan 2026', period: '2026-01',
    employee: { category: 'NON_CADRE', contract: 'CDI', baseSalary: '1823.03' }, company: { headcount: 10, accidentRate: '2.08' } },
  { id: 'NC_SMIC_JUNE', title: 'Non-cadre at the June 2026 SMIC (12,31 €/h), 10 employees', period: '2026-06',
    employee: { category: 'NON_CADRE', contract: 'CDI', baseSalary: '1867.01' }, company: { headcount: 10, accidentRate: '2.08' } },
  { id: 'NC_2500_MUTUELLE', title: 'Non-cadre 2 500 €, 10 employees, mutuelle 40 € at 50 %', period: '2026-01',
    employee: { category: 'NON_CADRE', contract: 'CDI', baseSalary: '2500' },
    company: { headcount: 10, accidentRate: '2.08', healthInsurance: { monthlyAmount: '40', employerSharePercent: '50' } } },
  { id: 'NC_2500_249', title: 'Non-cadre 2 500 €, 249 employees (FNAL 0,50 %, PEEC, formation 1 %)', period: '2026-03',
    employee: { category: 'NON_CADRE', contract: 'CDI', baseSalary: '2500' }, company: { headcount: 249, accidentRate: '1.5' } },
  { id: 'NC_2200_JUNE_49', title: 'Non-cadre 2 200 €, June 2026, 49 employees', period: '2026-06',
    employee: { category: 'NON_CADRE', contract: 'CDI', baseSalary: '2200' }, company: { headcount: 49, accidentRate: '2.08' } },
  { id: 'C_4000_MUTUELLE', title: 'Cadre 4 000 €, 49 employees, mutuelle 60 € at 60 %', period: '2026-01',
    employee: { category: 'CADRE', contract: 'CDI', baseSalary: '4000' },
    company: { headcount: 49, accidentRate: '1.1', healthInsurance: { monthlyAmount: '60', employerSharePercent: '60' } } },
  { id: 'C_6000_249', title: 'Cadre 6 000 € (above the PSS), 249 employees', period: '2026-01',
    employee: { category: 'CADRE', contract: 'CDI', baseSalary: '6000' }, company: { headcount: 249, accidentRate: '1.1' } },
  { id: 'C_20000_19', title: 'Cadre 20 000 € (above 4 PSS), 19 employees', period: '2026-02',
    employee: { category: 'CADRE', contract: 'CDI', baseSalary: '20000' }, company: { headcount: 19, accidentRate: '0.9' } },
  { id: 'NC_2000_HS25', title: 'Non-cadre 2 000 € + 4 weeks of 39 h (16 h at +25 %), 10 employees', period: '2026-02',
    employee: { category: 'NON_CADRE', contract: 'CDI', baseSalary: '2000' }, company: { headcount: 10, accidentRate: '2.08' },
    overtime: [week('2026-02-02', '39'), week('2026-02-09', '39'), week('2026-02-16', '39'), week('2026-02-23', '39')] },
  { id: 'C_5000_HS25_49', title: 'Cadre 5 000 € + 4 weeks of 40 h (20 h at +25 %), 49 employees (HS reduction capped by the effective rate)', period: '2026-03',
    employee: { category: 'CADRE', contract: 'CDI', baseSalary: '5000' }, company: { headcount: 49, accidentRate: '1.1' },
    overtime: [week('2026-03-02', '40'), week('2026-03-09', '40'), week('2026-03-16', '40'), week('2026-03-23', '40')] },
  { id: 'NC_2400_HS50', title: 'Non-cadre 2 400 € + one week of 46 h (8 h at +25 %, 3 h at +50 %), 10 employees', period: '2026-03',
    employee: { category: 'NON_CADRE', contract: 'CDI', baseSalary: '2400' }, company: { headcount: 10, accidentRate: '2.08' },
    overtime: [week('2026-03-02', '46')] },
  { id: 'CDD_2000', title: 'CDD 2 000 €, 10 employees (CPF-CDD 1 %, fin-de-contrat and congés indemnities as subject bonuses)', period: '2026-04',
    employee: { category: 'NON_CADRE', contract: 'CDD', baseSalary: '2000' }, company: { headcount: 10, accidentRate: '2.08' } },
  { id: 'APPRENTI_1000_10', title: 'Apprentice 1 000 €, 10 employees (contract after 03/2025)', period: '2026-01',
    employee: { category: 'NON_CADRE', contract: 'APPRENTICE', baseSalary: '1000' }, company: { headcount: 10, accidentRate: '2.08' } },
  { id: 'APPRENTI_1400_49', title: 'Apprentice 1 400 €, 49 employees (contract after 03/2025)', period: '2026-09',
    employee: { category: 'NON_CADRE', contract: 'APPRENTICE', baseSalary: '1400' }, company: { headcount: 49, accidentRate: '2.08' } },
  { id: 'NC_2000_MEALS_PRIME', title: 'Non-cadre 2 000 € + 20 meals in kind + 150 € subject bonus, 10 employees', period: '2026-05',
    employee: { category: 'NON_CADRE', contract: 'CDI', baseSalary: '2000' }, company: { headcount: 10, accidentRate: '2.08' },
    bonuses: [{ label: 'Prime', amount: '150', subjectToContributions: true }], benefitsInKind: [{ kind: 'MEALS', quantity: '20' }] },
  { id: 'NC_PART_TIME_24H', title: 'Non-cadre part time 24 h/week (104 h/month), 1 400 €, 10 employees', period: '2026-01',
    employee: { category: 'NON_CADRE', contract: 'CDI', baseSalary: '1400', monthlyHours: '104' }, company: { headcount: 10, accidentRate: '2.08' } },
  // Issue 13: part-time employees above the ceiling prorated by CSS R242-7 (PSS × hours / legal hours)
  { id: 'NC_PART_TIME_24H_3200', title: 'Non-cadre part time 24 h/week (104 h/month), 3 200 € (above the prorated ceiling 2 746,29), 10 employees', period: '2026-01',
    employee: { category: 'NON_CADRE', contract: 'CDI', baseSalary: '3200', monthlyHours: '104' }, company: { headcount: 10, accidentRate: '2.08' } },
  { id: 'C_PART_TIME_28H_4500_60', title: 'Cadre 4/5 (121,33 h/month), 4 500 € (above the prorated ceiling 3 203,91), 60 employees', period: '2026-03',
    employee: { category: 'CADRE', contract: 'CDI', baseSalary: '4500', monthlyHours: '121.33' }, company: { headcount: 60, accidentRate: '1.1' } },
  // Situations of mon-entreprise's own salarié regression suite (betagouv/mon-entreprise
  // site/test/regressions/salarié.yaml, commit 4c856bee822133e4ac6c8f8ae3450eb85543ff3f), at the package's default
  // date (07/2026) and with its defaults (mutuelle 40 €/month at 50 %, AT/MP taux moyen 2,08 %). Their published
  // snapshot is rounded to the euro and dated by the rules of its commit; here the same situations are evaluated to
  // the cent by the pinned package.
  ...[10, 20, 50, 100].map((n) => ({ id: `ME_REG_EFFECTIF_${n}`, title: `mon-entreprise regression "effectif": 2 000 €, ${n} employees`,
    source: 'mon-entreprise site/test/regressions/salarié.yaml § effectif', period: '2026-07',
    employee: { category: 'NON_CADRE', contract: 'CDI', baseSalary: '2000' },
    company: { headcount: n, accidentRate: '2.08', healthInsurance: { monthlyAmount: '40', employerSharePercent: '50' } } })),
  ...['1000', '2500', '5000', '10000'].map((s) => ({ id: `ME_REG_ECHELLE_${s}`, title: `mon-entreprise regression "échelle de salaires": ${s} €`,
    source: 'mon-entreprise site/test/regressions/salarié.yaml § échelle de salaires', period: '2026-07',
    employee: { category: 'NON_CADRE', contract: 'CDI', baseSalary: s },
    company: { headcount: 4, accidentRate: '2.08', healthInsurance: { monthlyAmount: '40', employerSharePercent: '50' } } })),
  { id: 'ME_REG_CADRE_3000', title: 'mon-entreprise regression "cadre": 3 000 €', source: 'mon-entreprise site/test/regressions/salarié.yaml § cadre',
    period: '2026-07', employee: { category: 'CADRE', contract: 'CDI', baseSalary: '3000' },
    company: { headcount: 4, accidentRate: '2.08', healthInsurance: { monthlyAmount: '40', employerSharePercent: '50' } } },
  { id: 'ME_REG_APPRENTI_1500', title: 'mon-entreprise regression "apprentissage": 1 500 €', source: 'mon-entreprise site/test/regressions/salarié.yaml § apprentissage',
    period: '2026-07', employee: { category: 'NON_CADRE', contract: 'APPRENTICE', baseSalary: '1500' },
    company: { headcount: 4, accidentRate: '2.08', healthInsurance: { monthlyAmount: '40', employerSharePercent: '50' } } },
  ...[[4, '5'], [4, '3'], [100, '5']].map(([n, h]) => ({ id: `ME_REG_HS_${h}H_${n}`, title: `mon-entreprise regression "heures supplémentaires": 2 000 € + ${h} h, ${n} employees`,
    source: 'mon-entreprise site/test/regressions/salarié.yaml § heures supplémentaires et complémentaires', period: '2026-07',
    employee: { category: 'NON_CADRE', contract: 'CDI', baseSalary: '2000' },
    company: { headcount: n, accidentRate: '2.08', healthInsurance: { monthlyAmount: '40', employerSharePercent: '50' } },
    overtime: [week('2026-07-06', String(35 + Number(h)))] })),
  { id: 'ME_REG_REPAS_10', title: 'mon-entreprise regression "avantages": 2 000 € + 10 meals', source: 'mon-entreprise site/test/regressions/salarié.yaml § avantages',
    period: '2026-07', employee: { category: 'NON_CADRE', contract: 'CDI', baseSalary: '2000' },
    company: { headcount: 4, accidentRate: '2.08', healthInsurance: { monthlyAmount: '40', employerSharePercent: '50' } },
    benefitsInKind: [{ kind: 'MEALS', quantity: '10' }] },
];

const seuil = (n) => n < 5 ? 'moins de 5' : n < 11 ? 'moins de 11' : n < 20 ? 'moins de 20' : n < 50 ? 'moins de 50'
  : n < 150 ? 'moins de 150' : n < 250 ? 'moins de 250' : 'plus de 250';

function situation(c) {
  const [y, m] = c.period.split('-');
  const e = c.employee;
  const s = {
    date: `'01/${m}/${y}'`,
    'salarié . contrat': e.contract === 'APPRENTICE' ? "'apprentissage'" : `'${e.contract}'`,
    'salarié . contrat . salaire brut': `${e.baseSalary} €/mois`,
    'entreprise . salariés . effectif . seuil': `'${seuil(c.company.headcount)}'`,
    'établissement . taux ATMP': `${c.company.accidentRate}%`,
    'salarié . cotisations . prévoyances . santé . montant': `${c.company.healthInsurance?.monthlyAmount ?? 0} €/mois`,
    'impôt . méthode de calcul': "'taux neutre'",
    dirigeant: 'non', // without it the engine computes the income tax of a company director (0 here)
  };
  if (e.contract !== 'APPRENTICE') s['salarié . contrat . statut cadre'] = e.category === 'CADRE' ? 'oui' : 'non';
  if (c.company.healthInsurance) s['salarié . cotisations . prévoyances . santé . taux employeur'] = `${c.company.healthInsurance.employerSharePercent}%`;
  if (e.monthlyHours) {
    s['salarié . contrat . temps de travail . temps partiel'] = 'oui';
    s['salarié . contrat . temps de travail . temps partiel . heures par semaine'] = `${Number(e.monthlyHours) * 12 / 52} heure/semaine`;
  }
  const hs = (c.overtime ?? []).reduce((t, w) => t + Math.max(0, Number(w.hoursWorked) - 35), 0);
  if (hs > 0) s['salarié . temps de travail . heures supplémentaires'] = `${hs} heure/mois`;
  const prime = (c.bonuses ?? []).filter((b) => b.subjectToContributions).reduce((t, b) => t + Number(b.amount), 0);
  if (prime > 0) s['salarié . rémunération . primes . activité . base'] = `${prime} €/mois`;
  const meals = (c.benefitsInKind ?? []).find((b) => b.kind === 'MEALS');
  if (meals) {
    s['salarié . rémunération . avantages en nature'] = 'oui';
    s['salarié . rémunération . avantages en nature . nourriture'] = 'oui';
    s['salarié . rémunération . avantages en nature . nourriture . repas par mois'] = `${meals.quantity} repas/mois`;
    s['salarié . rémunération . avantages en nature . ntic'] = 'non';
  }
  return s;
}

const clean = (v) => (v === null || v === undefined || Number.isNaN(v)) ? null : Number(v.toFixed(9));
const num = (v) => (v === null ? null : String(v));

function evalRule(name) {
  const n = engine.evaluate(MONTHLY.has(name) ? { valeur: name, unité: '€/mois' } : name);
  return clean(typeof n.nodeValue === 'number' ? n.nodeValue : n.nodeValue === false ? 0 : null);
}

// The per-tranche amounts of a barème (retraite complémentaire, CEG): T1 and T2 as the engine computed them.
function tranches(name) {
  const root = engine.evaluate(name);
  const seen = new Set();
  let found = null;
  const walk = (node) => {
    if (found || !node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (node.nodeKind === 'barème' && typeof node.nodeValue === 'number') { found = node; return; }
    for (const v of Object.values(node)) if (v && typeof v === 'object') walk(v);
  };
  walk(root);
  if (!found) return [clean(root.nodeValue ?? 0), 0];
  return found.explanation.tranches.map((t) => clean(t.nodeValue ?? 0));
}

const MONTHLY = new Set(['impôt . montant']); // an annual rule (rounded to the euro per year), read per month
const C = 'salarié . cotisations . ';
// AGOrA line code → [employee rule, employer rule]; sign −1 for reductions (AGOrA writes them negative)
const LINES = [
  ['MALADIE', C + 'maladie . salarié', C + 'maladie . employeur'],
  ['COMPLEMENTAIRE_SANTE', C + 'prévoyances . santé . salarié', C + 'prévoyances . santé . employeur'],
  ['AT_MP', null, C + 'ATMP'],
  ['VIEILLESSE_PLAFONNEE', C + 'vieillesse . salarié . plafonnée', C + 'vieillesse . employeur . plafonnée'],
  ['VIEILLESSE_DEPLAFONNEE', C + 'vieillesse . salarié . déplafonnée', C + 'vieillesse . employeur . déplafonnée'],
  ['AGIRC_ARRCO_T1', [C + 'retraite complémentaire . salarié', 0], [C + 'retraite complémentaire . employeur', 0]],
  ['AGIRC_ARRCO_T2', [C + 'retraite complémentaire . salarié', 1], [C + 'retraite complémentaire . employeur', 1]],
  ['CEG_T1', [C + 'CEG . salarié', 0], [C + 'CEG . employeur', 0]],
  ['CEG_T2', [C + 'CEG . salarié', 1], [C + 'CEG . employeur', 1]],
  ['CET', C + 'CET . salarié', C + 'CET . employeur'],
  ['APEC', C + 'APEC . salarié', C + 'APEC . employeur'],
  ['PREVOYANCE_CADRE', null, C + 'prévoyances . employeur . cadres'],
  ['FAMILLE', null, C + 'allocations familiales'],
  ['CHOMAGE', null, C + 'chômage'],
  ['AGS', null, C + 'AGS'],
  ['FNAL', null, C + 'FNAL'],
  ['CSA', null, C + 'CSA'],
  ['DIALOGUE_SOCIAL', null, C + 'contribution au dialogue social'],
  ['FORMATION', null, C + 'formation professionnelle'],
  ['TAXE_APPRENTISSAGE', null, C + "taxe d'apprentissage . base"],
  ['TAXE_APPRENTISSAGE_SOLDE', null, C + "taxe d'apprentissage . solde"],
  ['PEEC', null, C + 'PEEC'],
  ['CPF_CDD', null, C + 'CPF CDD'],
  ['FORFAIT_SOCIAL', null, C + 'forfait social'],
  ['CSG_DEDUCTIBLE', C + 'CSG-CRDS . CSG . déductible', null],
  ['CSG_NON_DEDUCTIBLE', C + 'CSG-CRDS . CSG . non déductible . revenus imposables', null],
  ['CRDS', C + 'CSG-CRDS . CRDS', null],
  ['CSG_NON_DEDUCTIBLE_HS', C + 'CSG-CRDS . CSG . non déductible . heures supplémentaires et complémentaires défiscalisées', null],
  ['REDUCTION_HS', C + 'exonérations . heures supplémentaires . salarié', null, -1],
  ['DEDUCTION_FORFAITAIRE_HS', null, C + 'exonérations . heures supplémentaires . employeur', -1],
  ['RGDU', null, C + 'exonérations . RGDU', -1],
];
// Rules we expect to be zero in every standard case (their non-zero value would be a line AGOrA does not model).
const ZERO_CHECKS = [C + 'versement mobilité', C + "taxe d'apprentissage . contribution supplémentaire",
  C + 'prévoyances . conventionnelle', C + 'exonérations . lodeom . montant', C + 'exonérations . JEI . montant', C + 'exonérations . Acre'];
const TOTALS = {
  gross: 'salarié . rémunération . brut',
  totalEmployee: C + 'salarié',
  totalEmployer: C + 'employeur',
  netBeforeTax: 'salarié . rémunération . net',
  netPayableBeforeTax: 'salarié . rémunération . net . à payer avant impôt',
  netTaxable: 'salarié . rémunération . net . imposable',
  netSocial: 'salarié . rémunération . montant net social',
  withholdingTax: 'impôt . montant',
  withholdingRate: "impôt . taux d'imposition",
  netPaid: 'salarié . rémunération . net . payé après impôt',
  employerCostWithAids: 'salarié . coût total employeur',
  aids: 'salarié . coût total employeur . aides',
  smicForReductions: 'salarié . temps de travail . SMIC',
  rgduCoefficient: C + 'exonérations . RGDU . coefficient',
  overtimePay: 'salarié . rémunération . heures supplémentaires',
  cddIndemnities: 'salarié . rémunération . indemnités CDD',
  mealBenefits: 'salarié . rémunération . avantages en nature . montant',
};

const out = [];
for (const c of cases) {
  const s = situation(c);
  engine.setSituation(s);
  const lines = [];
  for (const [code, ee, er, sign = 1] of LINES) {
    const v = (r) => r === null ? null : Array.isArray(r) ? (tranches(r[0])[r[1]] ?? 0) : evalRule(r);
    const eeV = v(ee); const erV = v(er);
    const signed = (x) => x === null ? null : clean(sign * x);
    if ((eeV ?? 0) === 0 && (erV ?? 0) === 0) continue; // not applicable / zero: the line is absent
    lines.push({ code, employee: num(signed(eeV ?? 0)), employer: num(signed(erV ?? 0)),
      rules: [Array.isArray(ee) ? `${ee[0]} [T${ee[1] + 1}]` : ee, Array.isArray(er) ? `${er[0]} [T${er[1] + 1}]` : er].filter(Boolean) });
  }
  const totals = {};
  for (const [k, r] of Object.entries(TOTALS)) totals[k] = num(evalRule(r));
  const nonZero = ZERO_CHECKS.filter((r) => (evalRule(r) ?? 0) !== 0).map((r) => ({ rule: r, value: num(evalRule(r)) }));
  const input = structuredClone(c);
  delete input.id; delete input.title; delete input.source;
  // CDD indemnities (fin de contrat 10 %, congés payés) are part of mon-entreprise's monthly gross: AGOrA takes them as subject bonuses.
  if (c.employee.contract === 'CDD' && Number(totals.cddIndemnities) > 0) {
    input.bonuses = [...(input.bonuses ?? []), { label: 'Indemnités CDD (fin de contrat, congés payés)', amount: Number(totals.cddIndemnities).toFixed(2), subjectToContributions: true }];
  }
  out.push({ id: c.id, title: c.title, ...(c.source ? { source: c.source } : {}), input, situation: s, lines, totals, unexpectedNonZero: nonZero });
}

const fixture = {
  source: 'mon-entreprise (URSSAF) modele-social rules evaluated with publicodes; generated by tools/paie-crosscheck/crosscheck.mjs',
  versions,
  generatedBy: 'cd tools/paie-crosscheck && npm ci && npm run fixture',
  note: 'Amounts are unrounded engine values (float noise removed at 9 decimals); reductions are negative, as on the AGOrA payslip.',
  cases: out,
};
const target = new URL('../../agora-domain/src/test/resources/crosscheck/modele-social-2026.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, JSON.stringify(fixture, null, 2) + '\n');
console.log(`wrote ${out.length} cases, ${out.reduce((t, c) => t + c.lines.length, 0)} lines → ${target.pathname}`);
for (const c of out) console.log(c.id, c.totals.gross, c.totals.netBeforeTax, c.totals.totalEmployer, c.unexpectedNonZero.length ? JSON.stringify(c.unexpectedNonZero) : '');
