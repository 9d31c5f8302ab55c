#!/usr/bin/env python3
"""Builds agora-2020.json from the hand transcription base-agora-2020.json (seeds 000 matrice, 002 règlement
d'examen, 003 grille PFMP) plus what this script parses from the seeds: 000 (données, savoirs, savoir
rédactionnel, list-splitting fixes), 001 (summaries, keywords, savoirs and exemples concrets per competency,
pairings), 002 (tasks, PGI modules, savoirs with indications complémentaires, épreuves E1…E7), 004 (bloc 3
indicateurs and savoirs with indications complémentaires).

Rerun:  python3 scripts/referentiel/generate.py [SEEDS_DIR]   (default: ../shared/seeds beside the repository)
It rewrites agora-domain/src/main/resources/fr/agora/domain/referentiel/agora-2020.json and the discrepancy list of
docs/referentiel.md. Deterministic: same seeds + same base -> same bytes (hence same checksum).
"""
import glob
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
SEEDS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared', 'seeds')
BASE = os.path.join(ROOT, 'scripts/referentiel/base-agora-2020.json')
OUT = os.path.join(ROOT, 'agora-domain/src/main/resources/fr/agora/domain/referentiel/agora-2020.json')
DOC = os.path.join(ROOT, 'docs/referentiel.md')


def seed(prefix):
    path = glob.glob(os.path.join(SEEDS, prefix + '_*.txt'))[0]
    return os.path.basename(path), open(path, encoding='utf-8').read().replace('\u2019', "'")


F000, T000 = seed('000')
F001, T001 = seed('001')
F002, T002 = seed('002')
F004, T004 = seed('004')
F003, T003 = seed('003')

UL = '<ul style="list-style-type: none">'


def src(file, section):
    return {'file': file, 'section': section}


def txt(text, file, section):
    return {'text': text, 'source': src(file, section)}


def nkey(s):
    return norm(s).replace(' ', '')


def norm(s):
    s = unicodedata.normalize('NFD', s.replace('\u2019', "'").replace('’', "'"))
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    s = re.sub(r'[«»"“”]', ' ', s)
    s = re.sub(r'[^a-z0-9]+', ' ', s)
    return ' '.join(s.split())


def clean(s):
    s = re.sub(r'</?(p|b|li|ul)[^>]*>', ' ', s).replace('**', '')
    return ' '.join(s.split()).strip(' –-')


def split_bullets(cell):
    """A list cell whose bullets survived (•, ▪, ·, or ' - ')."""
    cell = cell.replace(UL, ' ')
    for b in ('•', '▪', '·'):
        if b in cell:
            return [clean(x) for x in cell.split(b) if clean(x)]
    parts = re.split(r'(?:^|\s)[-–]\s', ' ' + cell)
    return [clean(x) for x in parts if clean(x)]


# Savoir labels begin with an article or one of these words; used only where the export lost the bullets.
SAVOIR_START = r'(?=(?<!\w)(?:La|Le|Les|L\'|Gestion|Règles) )'


def split_savoirs(cell):
    cell = cell.replace(UL, ' ')
    if '•' in cell or ' - ' in cell:
        return split_bullets(cell)
    return [clean(x) for x in re.split(SAVOIR_START, cell) if clean(x)]


CATEGORY_OF = {
    'savoirs de gestion': 'GESTION',
    'savoirs associes de gestion': 'GESTION',
    'savoirs juridiques et economiques': 'JURIDIQUES_ET_ECONOMIQUES',
    'savoirs lies a la communication et au numerique': 'COMMUNICATION_ET_NUMERIQUE',
}


def category_of(heading):
    h = norm(heading)
    for k, v in CATEGORY_OF.items():
        if h.startswith(k):
            return v
    return None


# ---------------------------------------------------------------- 002: pôle savoirs with indications, PGI, tasks
def indications_for(labels, paragraphs):
    """Attach each sentence of 'indications complémentaires' to the savoir whose label it talks about (shared word
    stems among its first three words, rarer stems weighing more); a sentence that names none continues the
    previous one."""
    stems = [{w[:6] for w in norm(l).split() if len(w) > 3} for l in labels]
    df = {}
    for st in stems:
        for w in st:
            df[w] = df.get(w, 0) + 1
    out = [[] for _ in labels]
    last = 0
    sentences = [x for p in paragraphs for x in re.split(r'(?<=[.])\s+(?=[A-ZÉ])', p) if x.strip()]
    for p in sentences:
        head = {w[:6] for w in [w for w in norm(p).split() if len(w) > 3][:3]}  # the sentence's subject
        scores = [sum(1 / df[w] for w in head & s) for s in stems]
        best = max(range(len(labels)), key=lambda i: (scores[i], -i)) if labels else 0
        if labels and scores[best] > 0:
            last = best
        if labels:
            out[last].append(p)
    return [' '.join(x) for x in out]


def pole_rows_002():
    """Per pôle of 002: activity rows (tasks, competencies, PGI) and savoir rows (category, labels, indications)."""
    poles = {}
    lines = T002.split('\n')
    pole = None
    zone = None
    for i, line in enumerate(lines):
        m = re.match(r'^POLE ([123]) [A-Z]', line)
        if m:
            pole = int(m.group(1))
            poles[pole] = {'activities': {}, 'savoirs': [], 'mission': [], 'resultats': [], 'bases': [], 'line': i}
            zone = 'mission'
            continue
        if pole is None:
            continue
        if line.startswith('CONDITIONS D') or line.startswith('ACTIVITES'):
            zone = None
        elif line.startswith('RÉSULTATS ATTENDUS'):
            zone = 'resultats'
        elif zone and clean(line):
            poles[pole][zone] += [clean(x) for x in re.split(r' – (?=[A-Zl])', line) if len(clean(x)) > 2]
        if pole is None:
            continue
        cells = line.split('\t')
        m = re.match(r'^(?:<p>)?([123])\.([1-3])\.? ', line)
        if m and len(cells) >= 3 and int(m.group(1)) == pole:
            code = f'{m.group(1)}.{m.group(2)}'
            first = cells[0].split(UL)
            tasks = [clean(x) for x in re.split(r'(?:^|(?<=\S)|\s)-\s', first[1]) if clean(x)] if len(first) > 1 else []
            title = re.sub(r'^[123]\.[1-3]\.? ', '', clean(first[0]))
            poles[pole]['activities'][code] = {'tasks': tasks, 'pgi': pgi_modules(cells[2]), 'title': title}
            continue
        if line.startswith('<p>BASES UTILISABLES') and len(cells) >= 2:
            # 'JUPITER MEDIA (…) CONTROL RESET - BUROMOD': three bases, the first with a comment
            poles[pole]['bases'] = [clean(x) for x in re.split(r' - |(?<=[)a-zé]) (?=CONTROL RESET)', clean(cells[1]))
                                    if clean(x)]
            continue
        if line.startswith('<p>SAVOIRS') and len(cells) >= 2:
            cat = category_of(clean(cells[0]))
            if cat:
                lab = cells[1]
                paras = [clean(p) for p in re.split(r'</p>\s*<p>', cells[2])] if len(cells) > 2 else []
                paras = [p for p in paras if p]
                if UL in lab:
                    labels = [y for x in split_savoirs(lab) for y in re.split(SAVOIR_START, x) if y.strip()]
                    labels = [clean(x) for x in labels]
                elif not paras:  # no label list: each paragraph of indications names its savoir first
                    paras = [clean(p) for p in re.split(r'</p>\s*<p>', lab) if clean(p)]
                    labels = [re.split(r' (?:intègre|comprend|supposent|mobilisés sont|couvre) ', p)[0] for p in paras]
                else:
                    labels = [clean(x) for x in re.split(r'</p>\s*<p>|' + SAVOIR_START, lab) if clean(x)]
                poles[pole]['savoirs'].append((cat, labels, paras, clean(cells[0])))
    return poles


def pgi_modules(cell):
    """'<p>Module X</p> <ul> - a - b <p>Module Y</p> …' -> ['Module X : a ; b', …]."""
    cell = cell.replace('</p>', '</p>\n').replace('<p>', '\n<p>')
    out = []
    chunks = re.split(r'\n(?=<p>)', cell)
    for ch in chunks:
        if not clean(ch):
            continue
        parts = ch.split(UL)
        name = clean(parts[0]).rstrip(' :')
        items = []
        if len(parts) > 1:
            items = [clean(x) for x in re.split(r'\s[-–]\s|^\s*[-–]\s|(?<=\S)- (?=[A-ZÉ])', ' ' + parts[1]) if clean(x)]
        if not name and items:
            name = items.pop(0)
        out.append(name + (' : ' + ' ; '.join(items) if items else ''))
    return out


# ---------------------------------------------------------------- 004: bloc 3
COMPETENCIES_004 = {}


def bloc3_004():
    acts = {}
    body = T004.split('\tSavoirs associés')[0]
    for block in re.split(r'\n\t(?=3\.\d\. )', body)[1:]:
        code = block[:3]
        lines = [l.strip('\t ') for l in block.split('\n')]
        last = max(i for i, l in enumerate(lines) if l.startswith('•'))
        acts[code] = [clean(l[1:]) for l in lines[last + 1:] if l.startswith('·')]
        COMPETENCIES_004[code] = [clean(l[1:]) for l in lines if l.startswith('•')]
    savoirs = []
    part = T004.split('Indications complémentaires', 1)[1]
    for chunk in re.split(r'\n\t(?=Savoirs? )', part)[1:]:
        head, rest = chunk.split('\n', 1)
        cat = category_of(head)
        lab, _, ind = rest.partition('\t')
        labels = [clean(x) for x in lab.split('•') if clean(x)]
        paras = [clean(p) for p in ind.split('\n') if clean(p)]
        # a paragraph introduced by ':' continues with '- ' lines: keep them together
        merged = []
        for p in paras:
            if merged and (p.startswith('- ') or merged[-1].endswith(':')):
                merged[-1] += ' ' + p
            else:
                merged.append(p)
        savoirs.append((cat, labels, merged, head.strip()))
    return acts, savoirs


# ---------------------------------------------------------------- 000: savoirs per activity, données
def savoirs_000():
    """Per activity: [(category, label)] and rédactionnel [(competency code or None, label)]."""
    lines = T000.split('\n')
    act = None
    res = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r'^([123])\.([1-3])\. \S', line)
        if m and '\t' not in line:
            act = f'{m.group(1)}.{m.group(2)}'
        if line.startswith('Savoirs Associés') and act:
            entry = res.setdefault(act, {'savoirs': [], 'redac': []})
            if '\t' in line:  # table form: next line has the three categories, following lines rédactionnel
                row = lines[i + 1]
                for cell in row.split('\t'):
                    cell = cell.strip()
                    cat = category_of(cell.split('<')[0])
                    if cat:
                        body = cell.split(UL, 1)[1] if UL in cell else ''
                        entry['savoirs'] += [(cat, l) for l in split_savoirs(body)]
                    elif cell:
                        entry['redac'] += redac_items(cell)
                j = i + 2
                while j < len(lines) and lines[j].startswith('\t'):
                    entry['redac'] += [r for c in lines[j].split('\t') if c.strip() for r in redac_items(c)]
                    j += 1
                i = j
                continue
            j = i + 1  # line form: headings followed by '- ' lines
            cat = None
            while j < len(lines) and not re.match(r'^(Bloc|BLOC|\d\.\d\. )', lines[j]):
                l = lines[j].strip()
                c = category_of(l)
                if c:
                    cat = c
                elif norm(l).startswith('savoir'):
                    cat = 'REDACTIONNEL'
                elif l.startswith('- ') and cat:
                    if cat == 'REDACTIONNEL':
                        entry['redac'] += redac_items(l[2:])
                    else:
                        entry['savoirs'].append((cat, clean(l[2:])))
                j += 1
            i = j
            continue
        i += 1
    return res


def redac_items(cell):
    """'124 - Le courrier de relance client', '3.2.2 Les courriels', '222 - A 224 - B' -> [(code, label)]."""
    out = []
    for m in re.finditer(r'(\d)\.?(\d)\.?(\d)\s*-?\s*(.+?)(?=\s\d\.?\d\.?\d\s*-?\s[A-Z]|$)', cell.strip()):
        out.append((f'{m.group(1)}.{m.group(2)}.{m.group(3)}', clean(m.group(4))))
    return out


def donnees_000():
    """Per activity, the 'Données et informations' list of 000, with bullets where they survived."""
    lines = T000.split('\n')
    act = None
    res = {}
    for i, line in enumerate(lines):
        m = re.match(r'^([123])\.([1-3])\. \S', line)
        if m and '\t' not in line:
            act = f'{m.group(1)}.{m.group(2)}'
            items = []
            j = i + 1
            while j < len(lines) and not lines[j].startswith('Situations'):
                l = lines[j]
                if UL in l:
                    items = ('inline', l.split(UL, 1)[1].split('\t')[0])
                    break
                if l.startswith('- ') and not re.match(r'^- \d\.\d', l):
                    items.append(clean(l[2:]))
                j += 1
            if items and act not in res:
                res[act] = items
    return res


def crcn_000():
    """Per activity, the CRCN codes 000 lists between its heading and its situations table."""
    res = {}
    act = None
    for line in T000.split('\n'):
        m = re.match(r'^([123])\.([1-3])\. \S', line)
        if m and '\t' not in line:
            act = f'{m.group(1)}.{m.group(2)}'
            res.setdefault(act, set())
            continue
        if line.startswith('Situations'):
            act = None
        elif act:
            res[act] |= set(re.findall(r'(?:^- |\s)([1-5]\.[1-4])\.? [A-ZÉ]', line))
    return {k: sorted(v) for k, v in res.items() if v}


def split_known(text, known):
    """Splits an inline list (bullets lost) using items known from the same seed's bulleted lists."""
    if '▪' in text or '•' in text:
        return split_bullets(text)
    text = clean(text)
    out = []
    while text:
        for k in sorted(known, key=len, reverse=True):
            if norm(text).startswith(norm(k)) and len(k) <= len(text) and norm(text[:len(k)]) == norm(k):
                out.append(text[:len(k)].strip())
                text = text[len(k):].strip()
                break
        else:
            out.append(text)
            break
    return out


def conditions_000():
    """Per bloc: all paragraphs of « Conditions d'exercice » and the items of « Équipements et logiciels »."""
    res = {}
    parts = re.split(r"\nConditions d'exercice : ", T000)[1:]
    for n, part in enumerate(parts, 1):
        cond, _, rest = part.partition('Équipements et logiciels :')
        paras = [clean(p) for p in cond.split('\n') if len(clean(p)) > 2]
        equip = []
        for l in rest.split('ACTIVITÉS')[0].split('\n'):
            t = clean(l.lstrip('- '))
            if len(t) > 2 and not t.startswith('Équipements et logiciels'):
                equip.append(t)
        res[n] = (paras, equip)
    return res


# ---------------------------------------------------------------- 001
def guide_001():
    lines = T001.split('\n')
    poles = {}
    for n in (1, 2, 3):
        k = lines.index(f'0{n}')
        poles[n] = {'title': lines[k + 1].strip(), 'summary': lines[k + 2].strip(), 'keywords': lines[k + 3].strip()}
    blocks = []  # (activity, situation title, [competency codes], savoirs, exemples)
    for i, line in enumerate(lines):
        if re.match(r'^[123]\.[1-3]$', line.strip()):
            ACTIVITY_TITLES_001[line.strip()] = lines[i + 1].strip()
    act = None
    cur = None
    mode = None
    for line in lines:
        if re.match(r'^[123]\.[1-3]$', line.strip()):
            act = line.strip()
            continue
        m = re.match(r'^  • (.+)$', line)
        if m:
            cur = {'activity': act, 'situation': m.group(1).strip(), 'codes': [], 'savoirs': [], 'exemples': []}
            blocks.append(cur)
            mode = None
            continue
        m = re.match(r'^    ([123]\.[1-3]\.[1-9]) (.+)$', line)
        if m and cur is not None:
            cur['codes'].append((m.group(1), m.group(2).strip()))
            continue
        m = re.match(r'^    (Savoirs associés|Exemples concrets) • (.+)$', line)
        if m:
            mode = 'savoirs' if m.group(1).startswith('Savoirs') else 'exemples'
            cur[mode] += [x.strip() for x in m.group(2).split(' • ') if x.strip()]
            continue
        m = re.match(r'^    • (.+)$', line)
        if m and mode:
            cur[mode] += [x.strip() for x in m.group(1).split(' • ') if x.strip()]
    return poles, blocks


ACTIVITY_TITLES_001 = {}

KEYWORDS_001 = {  # the keyword line has no separators; multi-word keywords split by hand (see docs)
    1: ['Accueil', 'Relation client', 'Prospection', 'Communication', 'Facturation', 'Réclamation',
        'Réseaux sociaux', 'Site web'],
    2: ['Achats', 'Approvisionnements', 'Stocks', 'Fournisseur', 'Facturation', 'Trésorerie', 'TVA',
        'Planification'],
    3: ['Recrutement', 'Temps de travail', 'Paie', 'Formation', 'Déclarations sociales', 'Carrière',
        'Communication RH'],
}

FALLBACK = [  # category of a 001 savoir that matches no categorised label of 000/002/004
    ('JURIDIQUES_ET_ECONOMIQUES', r'mentions obligatoires|contractualisation|juridique|legislation|droit|'
                                  r'accords collectifs|duree legale|reglement(ation|aire)|regles de securite informatique|'
                                  r'conventions|contrat|discrimination|codes normes|relations collectives|'
                                  r'sante|securite et conditions'),
    ('COMMUNICATION_ET_NUMERIQUE', r'communication|numerique|reseaux sociaux|information|pao|ecoute|'
                                   r'collaboratif|site|outils|protection|classement|compression|redaction|'
                                   r'mise en page|securite'),
]


def main():
    d = json.load(open(BASE, encoding='utf-8'))
    disc = d['discrepancies']
    add_disc = lambda i, subj, desc, versions: disc.append(
        {'id': i, 'subject': subj, 'description': desc,
         'versions': [{'text': t, 'source': s} for t, s in versions]})

    # CRCN labels: 000 prints 5.2 both ways, so both versions are sourced to it; 000 prints 3.2 only as
    # « multimédias », so the official singular label is sourced to the CRCN itself (no seed gives it)
    crcn_ref = 'CRCN (cadre de référence des compétences numériques)'
    for x in disc:
        if x['id'] == 'crcn-5.2-label':
            x['versions'][1]['source'] = src(F000, 'Bloc 3 › 3.3 › compétences numériques (CRCN)')
    for c in d['crcnCompetencies']:
        if c['code'] == '3.2':
            c['source'] = src(crcn_ref, 'libellé officiel ; la matrice (000) imprime « multimédias »')

    poles002 = pole_rows_002()
    indic004, sav004 = bloc3_004()
    sav000 = savoirs_000()
    don000 = donnees_000()
    poles001, blocks001 = guide_001()

    # categorised labels of every seed, to classify the uncategorised savoirs of 001
    labelcat = {}
    for p in poles002.values():
        for cat, labels, _, _ in p['savoirs']:
            for l in labels:
                labelcat.setdefault(norm(l), cat)
    for cat, labels, _, _ in sav004:
        for l in labels:
            labelcat.setdefault(norm(l), cat)
    for a in sav000.values():
        for cat, l in a['savoirs']:
            labelcat.setdefault(norm(l), cat)

    def classify(label):
        head = norm(label.split('(')[0])
        for k, c in labelcat.items():
            if head == k or head.startswith(k) or (k.startswith(head) and len(head.split()) >= 3):
                return c
        for c, pat in FALLBACK:
            if re.search(pat, head):
                return c
        return 'GESTION'

    # indications complémentaires: 002 for blocs 1-2, 004 for bloc 3 (002 repeats 004 for bloc 3, more briefly)
    indications = {}  # (bloc, norm label) -> (text, source)
    for n, p in poles002.items():
        if n == 3:
            continue
        for cat, labels, paras, head in p['savoirs']:
            for l, ind in zip(labels, indications_for(labels, paras)):
                if ind:
                    indications[(n, nkey(l))] = (ind, src(F002, f'Pôle {n} › {head} › indications complémentaires'))
    for cat, labels, paras, head in sav004:
        for l, ind in zip(labels, indications_for(labels, paras)):
            if ind:
                indications[(3, nkey(l))] = (ind, src(F004, f'Bloc 3 › {head} › indications complémentaires'))

    def savoir(cat, label, source, bloc):
        s = {'category': cat, 'label': label, 'source': source}
        hit = indications.get((bloc, nkey(label)))
        if hit is None:  # 000 sometimes drops the article ('Gestion de l'information')
            hit = next((v for (b, k), v in indications.items() if b == bloc and k.endswith(nkey(label))), None)
        if hit:
            s['indicationsComplementaires'] = hit[0]
            s['indicationsSource'] = hit[1]
        return s

    known_items = []
    for v in don000.values():
        known_items += v if isinstance(v, list) else split_bullets(v[1]) if '▪' in v[1] else []
    # 000 prints under 2.1 the données of bloc 1 (discrepancy below): take those of 002 pôle 2
    don002 = []
    k = T002.index('POLE 2 ORGANISER')
    blk = T002[k:].split('Données et informations disponibles', 1)[1].split('Equipements', 1)[0]
    don002 = [clean(l) for l in blk.split('\n') if clean(l)]

    cond000 = conditions_000()
    crcn000 = crcn_000()
    for b in d['blocs']:
        n = b['number']
        paras, equip = cond000[n]
        b['conditionsExercice'] = [txt(t, F000, f"Bloc {n} › Conditions d'exercice") for t in paras]
        b['equipementsEtLogiciels'] = [txt(t, F000, f'Bloc {n} › Équipements et logiciels') for t in equip]
        p1 = poles001[n]
        b['summary'] = p1['summary']
        b['summarySource'] = src(F001, f'Pôle {n:02d} › résumé')
        b['keywords'] = KEYWORDS_001[n]
        b['keywordsSource'] = src(F001, f'Pôle {n:02d} › mots-clés')
        mission = poles002[n]
        b['mission'] = [txt(t, F002, f'Pôle {n} › mission') for t in mission['mission']]
        b['resultatsAttendus'] = [txt(t, F002, f'Pôle {n} › résultats attendus') for t in mission['resultats']]
        b['basesPgi'] = [txt(t, F002, f'Pôle {n} › Bases utilisables') for t in mission['bases']]
        b['savoirs'] = []
        for cat, labels, _, head in (mission['savoirs'] if n != 3 else sav004):
            f, sec = (F002, f'Pôle {n} › {head}') if n != 3 else (F004, f'Bloc 3 › {head}')
            b['savoirs'] += [savoir(cat, l, src(f, sec), n) for l in labels]
        for a in b['activities']:
            code = a['code']
            # données et informations (000): fill the empty ones, re-split the ones whose ▪ bullets were kept
            dv = don000.get(code)
            if isinstance(dv, tuple):
                dv = split_known(dv[1], known_items)
            if code == '2.1':
                a['donneesEtInformations'] = [txt(t, F002, 'Pôle 2 › Conditions d\'exercice › Données et '
                                                           'informations disponibles') for t in don002]
            elif dv:
                a['donneesEtInformations'] = [txt(t, F000, f'Bloc {n} › {code} › Données et informations')
                                              for t in dv]
            # CRCN codes as 000 lists them (the hand transcription gave 2.3 also 3.1-3.3, which 000 does not list)
            a['crcnCodes'] = crcn000.get(code, a['crcnCodes'])
            # tasks and PGI modules (002)
            row = mission['activities'].get(code, {'tasks': [], 'pgi': []})
            a['tasks'] = [txt(t, F002, f'Pôle {n} › Activités › {code}') for t in row['tasks']]
            a['pgiModules'] = [txt(t, F002, f'Pôle {n} › Utilisation PGI Open Line › {code}') for t in row['pgi']]
            # indicateurs d'évaluation (004)
            a['indicateursEvaluation'] = [txt(t, F004, f'Bloc 3 › {code} › indicateurs d\'évaluation')
                                          for t in indic004.get(code, [])]
            # savoirs (000 per activity; indications from 002/004)
            s0 = sav000.get(code, {'savoirs': [], 'redac': []})
            a['savoirs'] = [savoir(cat, l, src(F000, f'Bloc {n} › {code} › Savoirs associés'), n)
                            for cat, l in s0['savoirs']]
            a['savoirs'] += [{'category': 'REDACTIONNEL', 'label': l, 'competencyCode': c,
                              'source': src(F000, f'Bloc {n} › {code} › Savoir rédactionnel')}
                             for c, l in s0['redac']]
            for c in a['competencies']:
                cc = c['code']
                c['pgiModules'] = [txt(t['text'], F002, t['source']['section'] + ' (activité de la compétence)')
                                   for t in a['pgiModules']]
                # 000 prints under 1.3 the savoirs of bloc 2 (discrepancy 1.3-savoirs): its competencies take the
                # pôle 1 savoirs of 002 instead; the activity keeps the 000 list as printed
                base = b['savoirs'] if code == '1.3' else a['savoirs']
                sv = [dict(s) for s in base if s['category'] != 'REDACTIONNEL']
                sv += [{k: v for k, v in s.items() if k != 'competencyCode'} for s in a['savoirs']
                       if s['category'] == 'REDACTIONNEL' and s['competencyCode'] == cc]
                ex = []
                for blk in blocks001:
                    if cc in [x[0] for x in blk['codes']]:
                        sec = f'Pôle {n} › {blk["activity"]} › {blk["situation"]} › {cc}'
                        sv += [{'category': classify(l), 'label': l, 'source': src(F001, sec + ' › Savoirs associés')}
                               for l in blk['savoirs']]
                        ex += [txt(t, F001, sec + ' › Exemples concrets') for t in blk['exemples']]
                c['savoirs'] = sv
                c['exemplesConcrets'] = ex
                # 004 indicateurs are given per activity: each one becomes a matrice criterion of the activity's
                # competencies unless 000 already gives the same text for that competency
                have = {norm(k['text']) for k in c['criteria'] if k['origin'] == 'MATRICE'}
                nxt = 1 + max([int(k['id'].split('-M')[1]) for k in c['criteria'] if '-M' in k['id']] or [0])
                for t in a['indicateursEvaluation']:
                    if norm(t['text']) not in have:
                        c['criteria'].append({'id': f'{cc}-M{nxt}', 'text': t['text'], 'origin': 'MATRICE',
                                              'source': t['source']})
                        nxt += 1
            # list-splitting fixes of 000: an item ending with '/' was cut at a capital after the slash
            for s in a['situations']:
                # '121 - 122 Le suivi …' (an attendu shared by 1.2.1 and 1.2.2): the codes are no part of the text
                s['attendu'] = re.sub(r'^(?:\d{3}\s*-?\s*)+(?=[A-Z])', '', s['attendu'])
                for key in ('complexityFactors', 'aleas'):
                    items = s[key]
                    k = 0
                    while k < len(items) - 1:
                        if items[k]['text'].endswith('/'):
                            items[k]['text'] += ' ' + items[k + 1]['text']
                            del items[k + 1]
                        k += 1
                    letter = 'F' if key == 'complexityFactors' else 'A'
                    for idx, it in enumerate(items, 1):
                        it['id'] = f'{s["code"]}-{letter}{idx}'

    # pairings of 001 that differ from 000
    comp = {c['code']: c for b in d['blocs'] for a in b['activities'] for c in a['competencies']}
    sits = {s['code']: s for b in d['blocs'] for a in b['activities'] for s in a['situations']}
    for cc, c in comp.items():
        in001 = [blk for blk in blocks001 if cc in [x[0] for x in blk['codes']]]
        titles000 = {norm(sits[s]['title']) for s in c['situationCodes']}
        other = [blk['situation'] for blk in in001 if norm(blk['situation']) not in titles000]
        if other:
            first = sits[c['situationCodes'][0]]
            add_disc(f'{cc}-situation-001', cc,
                     'Situation(s) associée(s) à la compétence différente(s) entre la matrice et le guide par pôle',
                     [(' ; '.join(sits[s]['title'] for s in c['situationCodes']), first['source']),
                      (' ; '.join(blk['situation'] for blk in in001),
                       src(F001, f'Pôle {cc[0]} › {cc[:3]} › ' + ' / '.join(blk['situation'] for blk in in001)))])
        if not in001:
            add_disc(f'{cc}-absent-001', cc, 'Compétence absente du guide par pôle',
                     [(c['label'], c['source']), ('(aucune mention)', src(F001, f'Pôle {cc[0]} › {cc[:3]}'))])

    # competency labels of 002 (list per bloc, in code order) and 001 that differ from the matrice's
    for n in (1, 2, 3):
        k = T002.index(f'Bloc de compétences {n}')
        lst = T002[k:].split('\nUnité U')[0]
        labels = [clean(l[2:]).rstrip(' –') for l in lst.split('\n') if l.startswith('- ')]
        codes = [c for c in comp if c.startswith(f'{n}.')]
        for cc, l in zip(codes, labels):
            if norm(l) != norm(comp[cc]['label']):
                add_disc(f'{cc}-label-002', cc, 'Libellé de la compétence différent entre la matrice et le '
                         'référentiel (liste des compétences du bloc)',
                         [(comp[cc]['label'], comp[cc]['source']), (l, src(F002, f'Bloc de compétences {n}'))])
        if len(labels) != len(codes):
            raise SystemExit(f'002 bloc {n}: {len(labels)} competencies for {len(codes)}')
    for cc in comp:
        labels001 = {l for blk in blocks001 for c, l in blk['codes'] if c == cc}
        for l in sorted(labels001):
            if norm(l) != norm(comp[cc]['label']):
                add_disc(f'{cc}-label-001', cc, 'Libellé de la compétence différent entre la matrice et le guide '
                         'par pôle', [(comp[cc]['label'], comp[cc]['source']),
                                      (l, src(F001, f'Pôle {cc[0]} › {cc[:3]} › {cc}'))])
                break

    for act, labels in COMPETENCIES_004.items():
        codes = [c for c in comp if c.startswith(act + '.')]
        if len(labels) != len(codes):
            raise SystemExit(f'004 {act}: {len(labels)} competencies for {len(codes)}')
        for cc, l in zip(codes, labels):
            if norm(l) != norm(comp[cc]['label']):
                add_disc(f'{cc}-label-004', cc, 'Libellé de la compétence différent entre la matrice et la matrice '
                         'générique du bloc 3', [(comp[cc]['label'], comp[cc]['source']),
                                                 (l, src(F004, f'Bloc 3 › {act} › compétences'))])

    # activity titles of 001 and 002 that differ from the matrice's
    for a in (a for b in d['blocs'] for a in b['activities']):
        others = [(ACTIVITY_TITLES_001.get(a['code']), F001, f'Pôle {a["code"][0]} › {a["code"]}', '001'),
                  (poles002[int(a['code'][0])]['activities'].get(a['code'], {}).get('title'), F002,
                   f'Pôle {a["code"][0]} › Activités › {a["code"]}', '002')]
        for t, f, sec, tag in others:
            if t and norm(t) != norm(a['title']):
                add_disc(f'{a["code"]}-title-{tag}', a['code'], 'Intitulé de l\'activité différent entre la matrice '
                         'et ' + ('le guide par pôle' if tag == '001' else 'le référentiel'),
                         [(a['title'], a['source']), (t, src(f, sec))])

    # 002 repeats for pôle 3 the indications of pôle 2's savoirs juridiques; 004 gives those of bloc 3
    p3 = next((x for x in poles002[3]['savoirs'] if x[0] == 'JURIDIQUES_ET_ECONOMIQUES'), None)
    if p3 and p3[2]:
        add_disc('3-savoirs-juridiques-indications', 'Bloc 3',
                 'Indications complémentaires des savoirs juridiques et économiques du pôle 3 : le référentiel (002) '
                 'reprend celles du pôle 2 ; la matrice générique du bloc 3 (004) donne les siennes (retenues)',
                 [(p3[2][0], src(F002, 'Pôle 3 › SAVOIRS JURIDIQUES ET ECONOMIQUES › indications complémentaires')),
                  (next(x for x in sav004 if x[0] == 'JURIDIQUES_ET_ECONOMIQUES')[2][0],
                   src(F004, 'Bloc 3 › Savoirs juridiques et économiques › indications complémentaires'))])

    # 000 prints under activity 1.3 the savoirs of bloc 2 (approvisionnement, stocks…), 002 gives pôle 1 savoirs
    a13 = next(a for b in d['blocs'] for a in b['activities'] if a['code'] == '1.3')
    add_disc('1.3-savoirs', '1.3',
             'Savoirs associés de l\'activité 1.3 : la matrice reprend ceux du bloc 2 ; le référentiel (002) donne '
             'ceux du pôle 1 (Bloc.savoirs du bloc 1), retenus pour les compétences 1.3.1 à 1.3.4',
             [(' ; '.join(s['label'] for s in a13['savoirs'] if s['category'] == 'GESTION'),
               src(F000, 'Bloc 1 › 1.3 › Savoirs associés')),
              (' ; '.join(s['label'] for s in d['blocs'][0]['savoirs'] if s['category'] == 'GESTION'),
               src(F002, 'Pôle 1 › SAVOIRS ASSOCIES DE GESTION'))])
    # 000 prints under 2.1 the données of bloc 1
    add_disc('2.1-donnees', '2.1',
             'Données et informations de l\'activité 2.1 : la matrice reprend celles du bloc 1 (relation client)',
             [(' ; '.join(don000.get('2.1', [])), src(F000, 'Bloc 2 › 2.1 › Données et informations')),
              (' ; '.join(don002), src(F002, 'Pôle 2 › Conditions d\'exercice › Données et informations disponibles'))])

    d['champActivite'] = champ_activite_002()

    # épreuves E1…E7 of the règlement d'examen (002), parents of the sous-épreuves
    d['epreuves'] = epreuves_002(d['examUnits'])

    self_check(d)
    write(d)


def champ_activite_002():
    """§ 1 of 002 (mission globale, activités constitutives, place dans l'organisation, environnement, technologies):
    one text per paragraph or bullet, sectioned by its heading."""
    part = T002.split("1. LE CHAMP D'ACTIVITÉ", 1)[1].split('2. SYNTHESE', 1)[0]
    out = []
    heading = None
    for line in part.split('\n'):
        t = clean(line)
        if re.match(r'^1\.\d [A-ZÉ]', t):
            heading = t
        elif heading and len(t) > 2:
            out.append(txt(t, F002, f"1. Le champ d'activité › {heading}"))
    return out


def epreuves_002(units):
    out = []
    for line in T002.split('\n'):
        m = re.match(r'^(E\d) - ([^\t]+)\t([^\t]*)\t([^\t]*)', line)
        if m:
            code, title, unit, coef = m.group(1), clean(m.group(2)), m.group(3).strip(), m.group(4).strip()
            subs = [u['unitCode'] for u in units if u['epreuveCode'].startswith(code) and
                    (u['epreuveCode'] != code or unit)]
            out.append({'code': code, 'title': title, 'coefficient': coef.replace(',', '.'),
                        'unitCodes': subs, 'source': src(F002, f'Règlement d\'examen › {code} - {title}')})
    return out


def self_check(d):
    """Compares the transcription with the seeds where the seeds are regular enough to be read mechanically:
    000 list cells (same text, same bullets), 003 criteria, 002 exam units. Fails loudly on any difference."""
    errors = []
    comp = {c['code']: c for b in d['blocs'] for a in b['activities'] for c in a['competencies']}
    sits = {s['code']: s for b in d['blocs'] for a in b['activities'] for s in a['situations']}
    for line in T000.split('\n'):
        m = re.match(r'^(\d\.\d\.\d(?:\.\d)?)\.? ', line)
        if not (m and '\t' in line):
            continue
        s = sits[m.group(1)]
        crit = [k['text'] for cid in s['criteriaIds'] for k in comp[cid[:5]]['criteria'] if k['id'] == cid]
        lists = [crit, [v['text'] for v in s['complexityFactors']], [v['text'] for v in s['aleas']]]
        for cell, got in zip(line.split('\t')[3:6], lists):
            if any(b in cell for b in ('•', ' - ', '▪')):
                if [norm(x) for x in split_bullets(cell)] != [norm(x) for x in got]:
                    errors.append(f'000 {s["code"]}: {split_bullets(cell)} != {got}')
            elif norm(clean(cell.replace(UL, ' '))) != norm(' '.join(got)):
                errors.append(f'000 {s["code"]}: text differs: {got}')
    for line in T003.split('\n'):
        cells = line.split('\t')
        idx = [i for i, c in enumerate(cells) if re.fullmatch(r'\d\.\d\.\d', c.strip())]
        if not idx:
            continue
        cc = cells[idx[0]].strip()
        rest = [c for c in cells[idx[0] + 1:] if c.strip()]
        want = [re.sub(r'^- ', '', clean(x)) for x in re.split(r'<li>|(?:^|\s)- ', rest[1] if len(rest) > 1 else '')
                if clean(x)]
        got = [k['text'] for k in comp[cc]['criteria'] if k['origin'] == 'PFMP_GRID']
        if [norm(x) for x in want] != [norm(x) for x in got]:
            errors.append(f'003 {cc}: {want} != {got}')
    units = {u['unitCode']: u for u in d['examUnits']}
    for line in T002.split('\n'):
        c = line.split('\t')
        if len(c) >= 8 and re.fullmatch(r'U\d{1,2}', c[1].strip()):
            u = units[c[1].strip()]
            modes = {m['category']: (m['mode'], m['duration']) for m in u['modes']}
            want = {'SCOLAIRE_APPRENTI_HABILITE': (c[3].strip(), c[4].strip()),
                    'AUTRES': (c[5].strip(), c[6].strip()),
                    'FORMATION_CONTINUE_HABILITEE': (c[7].strip(), '')}
            if u['coefficient'] != c[2].strip().replace(',', '.') or modes != want:
                errors.append(f'002 {u["unitCode"]}: {u["coefficient"]} {modes} != {c[2]} {want}')
    if errors:
        raise SystemExit('self-check failed:\n' + '\n'.join(errors))


def write(d):
    order = ['format', 'id', 'version', 'diplomaTitle', 'cfd', 'arreteDate', 'source', 'blocs', 'crcnCompetencies',
             'examUnits', 'epreuves', 'champActivite', 'discrepancies']
    d = {k: d[k] for k in order}
    s = json.dumps(d, ensure_ascii=False, indent=1)
    open(OUT, 'w', encoding='utf-8').write(s)
    doc = open(DOC, encoding='utf-8').read().split('## Discrepancies recorded')[0]
    doc += '## Discrepancies recorded\n\n_Generated by `scripts/referentiel/generate.py`._\n\n'
    doc += ''.join(f'- **{x["id"]}** ({x["subject"]}): {x["description"]}\n' for x in d['discrepancies'])
    open(DOC, 'w', encoding='utf-8').write(doc)


if __name__ == '__main__':
    main()
