"""Word lists the name recogniser and the entity rules read: roles and
titles, words that never start a name, organisations' designators and legal
forms, given names, and the words of known places and organisations.
"""

from __future__ import annotations

import functools

from babel import Locale
from babel.dates import get_day_names, get_month_names

from ..derived_cache import cached_from_wire_data
from .legal_forms import ABBREVIATED, GENERIC_WORDS, GROUP_WORDS
from .vocabulary import (
    DATA,
    LANGUAGES,
    country_forms,
    language_names_in_english,
    organizations,
    rule_only_country_forms,
    text_cities,
)

#: The capital letters a name begins with, for a regular expression's class:
#: Latin, with the accented letters of the four languages and their neighbours.
UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"

#: Words before a name that say it is a person: titles and roles, in four languages.
ROLE_WORDS = {
    "en": "president vice-president minister secretary spokesman spokeswoman spokesperson chancellor premier governor "
    "mayor senator lawmaker ambassador envoy general commander chief ceo chairman chairwoman director head leader "
    "coach manager captain striker player judge prosecutor lawyer professor doctor dr mr mrs ms resident analyst "
    "economist official officer pope king queen prince rapporteur founder owner author writer singer actor "
    "meteorologist scientist researcher senators presidents ministers officials executive executives spokesmen "
    "lawmakers leaders ceos chairmen governors mayors judges analysts economists sen. rep. gov. gen. lt. col. sgt. "
    "capt. maj. adm. cmdr. sheikh rev. father sister brother cardinal archbishop bishop rabbi imam ayatollah "
    "representative congressman congresswoman commissioner inspector detective officer sergeant colonel major "
    "lieutenant admiral marshal minister-president deputy treasurer attorney candidate challenger rival "
    "incumbent opposition activist striker midfielder defender goalkeeper forward winger rider driver champion "
    "trader strategist banker investor senior republican republicans democrat democrats democratic",
    "fr": "président présidente ministre secrétaire porte-parole chancelier chancelière premier gouverneur maire "
    "sénateur sénatrice député députée eurodéputé eurodéputée ambassadeur ambassadrice envoyé général commandant chef "
    "pdg directeur directrice patron patronne dirigeant dirigeante entraîneur sélectionneur capitaine joueur joueuse juge "
    "procureur procureure avocat avocate professeur docteur m. mme habitant habitante analyste économiste responsable "
    "pape roi reine prince rapporteur rapporteure fondateur auteur écrivain chanteur chanteuse acteur actrice homologue "
    "vice-président conseiller conseillère rectrice recteur météorologue chercheur chercheuse scientifique me mgr mlle "
    "pr sénateurs ministres dirigeants candidat candidate opposant opposante militant militante attaquant milieu "
    "défenseur gardien pilote champion championne",
    "es": "presidente presidenta ministro ministra secretario secretaria portavoz canciller primer gobernador gobernadora "
    "alcalde alcaldesa senador senadora diputado diputada eurodiputado eurodiputada embajador embajadora enviado "
    "general comandante jefe jefa "
    "director directora dirigente entrenador seleccionador capitán jugador jugadora juez jueza fiscal abogado abogada "
    "profesor profesora doctor doctora sr. sra. vecino vecina analista economista responsable papa rey reina príncipe "
    "fundador autor escritor cantante actor actriz vicepresidente consejero consejera homólogo meteorólogo "
    "meteoróloga investigador investigadora científico científica don doña candidato candidata opositor opositora "
    "activista delantero centrocampista defensa portero piloto campeón campeona",
    "de": "präsident präsidentin minister ministerin sekretär sprecher sprecherin kanzler kanzlerin bundeskanzler "
    "ministerpräsident gouverneur bürgermeister bürgermeisterin senator abgeordnete abgeordneter botschafter gesandter "
    "general kommandeur chef chefin direktor direktorin leiter leiterin trainer kapitän spieler spielerin richter "
    "richterin staatsanwalt anwalt anwältin professor professorin dr. herr frau anwohner analyst ökonom papst könig "
    "königin prinz gründer autor schriftsteller sänger sängerin schauspieler notenbankchef regierungssprecher "
    "vorsitzende vorsitzender konzernchef ratsmitglied marktanalyst analystin kandidat kandidatin stürmer "
    "torwart fahrer fahrerin weltmeister weltmeisterin",
}
ROLE_SUFFIXES = ("chef", "chefin", "sprecher", "sprecherin", "minister", "ministerin", "präsident", "präsidentin")
#: Capitalised words that start a sentence or a title, never a name.
#: Articles, prepositions, conjunctions and words that start sentences:
#: never the first word of a name.
SENTENCE_WORDS = set(
    "The A An This That These Those In On At For From With By As After Before While When If But And Or Of To Via "
    "Le La Les Un Une Des Du De Ce Cet Cette Ces Selon Pour Dans Sur Par Avec Après Avant Lors Au Aux En Et Ou Mais "
    "El Los Las Una Unos Unas Del Al Con Por Para Según Tras Desde Durante Y O Pero "
    "Der Die Das Den Dem Des Ein Eine Einen Einem Im Am Auf Bei Mit Nach Vor Seit Laut Und Oder Aber Künftig "
    "Shares Analysts Investors Traders Officials Police Meanwhile However Also "
    "Although Though Neither Nor Either Some Whether Unless Because "
    "Since Unlike Excluding Including Despite Following Amid Among Besides Whereas Both Each Under Many Being Part What "
    "Auch Während Dieses Diese Dieser Zu Sie Er Es Wir Ihr Als Wie Wenn Dass Doch Noch Nur Schon So Zum Zur Vom "
    "Sowohl Weder Entweder Zwar Jedoch Allerdings "
    "Für Gegen Über Unter Ohne Durch Bis Aus Zwischen Neben Hinter Trotz Wegen Statt Beim Ins "
    "Einer Eines Kein Keine Keinen Jede Jeder Jedes Alle Einige Mehrere Viele "
    "Aunque Mientras Porque Pues Sino Lorsque Puisque Quand "
    "Ante Bajo Entre Hacia Sin Sobre Esta Este Estas Estos Esa Ese Lo Cuando Sous Vers Chez Cet "
    "Además Así Asimismo Entonces Finalmente Luego Incluso Ahora También Hoy Ayer Ya Aún Todavía Tampoco Apenas "
    "Ainsi Ensuite Enfin Cependant Toutefois Pourtant Puis Alors Aussi Désormais Hier".split()
)
#: Honorifics: never part of a name, not even a surname ("Will Herr Baldwin").
HONORIFICS = frozenset("Mr Mrs Ms Dr Sir Lord Lady Monsieur Madame Señor Señora Herr Frau Me Mgr Mme Mlle".split())
#: Titles, honorifics and the words of institutions and compass points that
#: stand before names without being part of them.
TITLE_WORDS = HONORIFICS | set(
    "President Vice Prime Minister Secretary Chancellor General Governor Mayor Senator Pope King Queen Prince Judge "
    "Coach Chief President-elect Président Ministre Presidente Ministro "
    "Präsident Bundeskanzler Kanzler Papst Sen Rep Gov Gen Lt Col Sgt Capt "
    "Maj Adm Sens Reps Executive Senators Senate House Congress Republicans Democrats North South East West "
    "Nord Sud Norte Sur Süd".split()
)
#: Storms are named like people: "Hurricane Sandy", "l'ouragan Sandy", "Sturm Xaver".
STORM_WORDS = set(
    "Hurricane Ouragan Huracán Hurrikan Typhoon Typhon Tifón Taifun Cyclone Ciclón Zyklon Storm Tempête Tormenta "
    "Sturm Orkan Superstorm".split()
)
NOT_NAME_START = SENTENCE_WORDS | TITLE_WORDS | STORM_WORDS

#: Abbreviations that are common nouns, not the name of a body: measures,
#: contracts, deals, diseases, diplomas, kinds of firm, techniques and
#: devices (football's video assistant referee, ``VAR``), in four languages.
COMMON_ABBREVIATIONS = frozenset(
    """
    GDP GNP CPI PPI PMI IPO LBO MBO MOU CEO CFO COO CTO CIO ETF REIT NAV EPS VAT GMO HIV AIDS DNA CO2 LTS FAQ ADR
    EBITDA EBIT ROE ROA ROCE ROI YTD FY CDS CDO CD PCE ARPU SUV PC DVD TV VC SDR RRR RTO PBM TARP FATCA
    R&D M&A QE FOREX GMT P&L VIP MVP ATM GPS SMS LCD LAN WAN
    NFC LTE UMTS WLAN USB HDMI OLED LED SSD CPU GPU RAM VR FTTH OIS EMP VPN VAR
    PIB PNB IPC TVA SMIC PME TPE ETI OGM AVC BAC CDI CDD RSA HLM SDF IVG PDG DRH TGV OPA OPE
    IVA PYME ERE IRPF IBEX AVE
    HDL LDL XXL XL
    BIP MwSt GmbH AG KI WG Pkw PKW Lkw LKW EDV
    """.split()
)

#: Words that make a run of capitalised words an organisation: designators
#: and legal forms in four languages.
ORG_DESIGNATORS = set(
    """
    inc inc. corp corp. co co. ltd ltd. llc plc lp llp ag gmbh se sa s.a. s.a s.p.a. spa nv n.v. bv b.v. ab asa oyj
    sarl s.a.r.l. sas s.a.s. sl s.l. kg kgaa ohg e.v. ev mbh holding holdings group groupe grupo gruppe
    company companies corporation corporación compagnie compañía gesellschaft konzern
    bank banque banco banca fund fonds fondo trust capital partners securities insurance assurance assurances
    seguros versicherung airlines airways motors motor industries technologies systems communications energy
    department dept dept. ministry ministère ministerio ministerium office bureau agency agence agencia agentur authority
    autorité autoridad behörde administration commission comisión kommission committee comité ausschuss
    council conseil consejo rat board junta court cour tribunal gericht senate sénat senado parliament parlement
    parlamento parlament assembly assemblée asamblea congress congrès congreso bundestag bundesrat
    party parti partido partei union unión gewerkschaft syndicat sindicato federation fédération federación
    verband association asociación verein institute institut instituto university université universidad
    universität college school école escuela hochschule foundation fondation fundación stiftung
    organization organisation organización organisación service services servicio dienst army armée ejército
    navy police polizei policía guard garde guardia force forces corps fuerzas streitkräfte club fc cf sc
    network news times post journal herald tribune gazette press presse prensa television télévision televisión
    radio broadcasting media ayuntamiento generalitat xunta diputación consejería conselleria consell govern
    cámara chambre kammer caja caisse société
    sociedad alianza alliance coalition coalición front frente movement mouvement movimiento bewegung forum
    confederación confédération international internacional cos solutions program programme programa
    financial gestion investments management research consulting advisers advisors brothers bros bancorp mutual
    concejo audiencia juzgado armada cabildo mancomunidad consorcio conservatorio mairie préfecture gendarmerie
    museum museo musée hospital hôpital krankenhaus orquesta orchestre orchester
    facultad faculté patronato bomberos pompiers ligue église agrupación
    pharma pharmaceuticals therapeutics biosciences laboratories networks aircraft associates kaisha shimbun
    """.split()
)
#: Legal forms written after a firm's name, as copy abbreviates them.
LEGAL_FORMS = (*ABBREVIATED, *GROUP_WORDS)

#: Particles inside names: "Charles de Gaulle", "Ursula von der Leyen".
PARTICLES = set("de da di del della van von der den du le la bin al el ibn dos das y".split())


@functools.cache
def first_names() -> frozenset[str]:
    """Given names, lower case (``data/first_names.txt``, from Faker)."""
    return cached_from_wire_data("first-names", _first_names)


def _first_names() -> frozenset[str]:
    lines = (DATA / "first_names.txt").read_text(encoding="utf-8").splitlines()
    names = {line.lower() for line in lines if line and not line.startswith("#")}
    # "Von", "Del", "President": on some list of given names, never evidence of one
    titles = {word.lower() for word in TITLE_WORDS}
    return frozenset(names - PARTICLES - set(function_words()) - titles - set(role_words()))


@functools.cache
def role_words() -> frozenset[str]:
    return frozenset(word for words in ROLE_WORDS.values() for word in words.split())


@functools.cache
def roles_of(lang: str) -> frozenset[str]:
    """The role words read in copy of ``lang``: its own and the English ones,
    and those the rules read besides (:data:`MORE_ROLE_WORDS`)."""
    own = ROLE_WORDS.get(lang, "") + " " + MORE_ROLE_WORDS.get(lang, "")
    return frozenset(own.split()) | frozenset((ROLE_WORDS["en"] + " " + MORE_ROLE_WORDS["en"]).split())


#: Role words the rules read that the recogniser's features do not (it was
#: trained on :data:`ROLE_WORDS`): a role before a name (``Parliament Speaker
#: Nabih Berri``, ``trainer Mark Prescott``) is no part of it.
MORE_ROLE_WORDS = {
    "en": "speaker director-general trainer jockey member whip philanthropist magnate tycoon billionaire financier",
    "de": "geschäftsführer geschäftsführerin parteifreund parteifreundin parteikollege parteikollegin mentor "
    "mentorin fürst fürstin generalmajor",
}


@functools.cache
def function_words() -> frozenset[str]:
    return frozenset(word.lower() for word in SENTENCE_WORDS)


@functools.cache
def org_designators() -> frozenset[str]:
    return frozenset(ORG_DESIGNATORS)


def names_no_firm_alone(short: str) -> bool:
    """Whether a firm's name without its legal form names no firm: a
    designator alone (``Trust`` of ``Trust Co``) or words any country's firms
    share (``International Finance`` of ``International Finance Corp``), whose
    legal form is part of the name."""
    words = short.casefold().split()
    return (len(words) == 1 and words[0] in org_designators()) or set(words) <= GENERIC_WORDS


@functools.cache
def particles() -> frozenset[str]:
    return frozenset(PARTICLES)


@functools.cache
def country_words() -> frozenset[str]:
    rule_only = rule_only_country_forms()
    forms = (form for form in country_forms() if form not in rule_only)
    return frozenset(word for form in forms for word in form.split() if word[:1].isalpha())


@functools.cache
def city_words() -> frozenset[str]:
    return cached_from_wire_data("city-words", _city_words)


def _city_words() -> frozenset[str]:
    return frozenset(word for form in text_cities() for word in form.split() if word[:1].isalpha())


@functools.cache
def org_words() -> frozenset[str]:
    return frozenset(word for alias in organizations() for word in alias.split() if word[:1].isalpha())


#: Endings German declension adds to a noun: "des Klubs", "den Fans", "der Tschechen".
_GERMAN_NOUN_ENDINGS = ("ern", "en", "er", "es", "ns", "n", "s", "e")


@functools.cache
def german_nouns() -> frozenset[str]:
    """German common nouns, capitalised (``data/german_nouns.txt``, from the
    German Wiktionary): evidence that a word is a noun, never that it names
    no body (Wiktionary lists ``Bundestag`` among them)."""
    return cached_from_wire_data("german-nouns", _german_nouns)


def _german_nouns() -> frozenset[str]:
    lines = (DATA / "german_nouns.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def german_noun(word: str) -> bool:
    """Whether a word is a German common noun, as written or declined
    (``Tschechen``, ``Klubs``)."""
    nouns = german_nouns()
    return word in nouns or any(
        word.endswith(ending) and len(word) - len(ending) > 3 and word[: -len(ending)] in nouns
        for ending in _GERMAN_NOUN_ENDINGS
    )  # not "Cern" as "Cer", the element, declined


@functools.cache
def calendar_words() -> frozenset[str]:
    """Month and day names in the four languages (CLDR), capitalised."""
    return cached_from_wire_data("calendar-words", _calendar_words)


def _calendar_words() -> frozenset[str]:
    words = set()
    for lang in LANGUAGES:
        for width in ("wide", "abbreviated"):
            words.update(get_month_names(width, locale=lang).values())
            words.update(get_day_names(width, locale=lang).values())
    return frozenset(w.strip(".").capitalize() for w in words)


@functools.cache
def weekday_names() -> frozenset[str]:
    """Day names in full in the four languages (CLDR), capitalised: no one's
    given name before another name (``Sunday Night Football``)."""
    return frozenset(name.capitalize() for lang in LANGUAGES for name in get_day_names("wide", locale=lang).values())


@functools.cache
def german_months() -> frozenset[str]:
    """German months in full (CLDR, German and Austrian: ``Jänner``), which
    German copy writes before any noun (``im Juli Vorschläge``); not
    ``August``, a given name as often."""
    return frozenset(name for locale in ("de", "de_AT") for name in get_month_names("wide", locale=locale).values()) - {
        "August"
    }


@functools.cache
def world_regions() -> frozenset[str]:
    """Continents and world regions in four languages (CLDR): ``Europe``,
    ``Amérique latine``, ``Naher Osten`` are places, never organisations."""
    return cached_from_wire_data("world-regions", _world_regions)


def _world_regions() -> frozenset[str]:
    cldr = (name for lang in LANGUAGES for code, name in Locale(lang).territories.items() if code.isdigit())
    return frozenset(cldr) | _REGIONS_BEYOND_CLDR


#: World regions copy names that CLDR's list of regions does not hold: "Starbucks' China/Asia Pacific
#: business", "the Middle East".
_REGIONS_BEYOND_CLDR = frozenset(
    (
        "Asia Pacific",
        "Asia-Pacific",
        "Middle East",
        "Far East",
        "Asie-Pacifique",
        "Moyen-Orient",
        "Proche-Orient",
        "Extrême-Orient",
        "Asia-Pacífico",
        "Oriente Medio",
        "Oriente Próximo",
        "Lejano Oriente",
        "Asien-Pazifik",
        "Nahost",
        "Naher Osten",
        "Mittlerer Osten",
        "Ferner Osten",
    )
)


@functools.cache
def english_language_names() -> frozenset[str]:
    """The languages' names in English of one word (CLDR), which are mostly
    their peoples' adjectives too: ``Dutch``, ``Kurdish``, ``Russian``."""
    return frozenset(name for name in language_names_in_english() if name.isalpha() and len(name) > 3)


@functools.cache
def nationality_adjectives(lang: str) -> frozenset[str]:
    """The lower-case adjectives of peoples French copy writes after a
    body's designator as part of its name (``Parlement russe``, ``Église
    catholique``), in every gender and number: the languages' names in French
    (CLDR), which are those adjectives in the masculine singular (``russe``,
    ``allemand``). Spanish copy writes them after a body as a description
    (``el Parlamento catalán``, ``la Policía serbia``: the ``Parlamento``, the
    ``Policía``, as the Spanish corpora label them), and the same rule cost
    Spanish organisations F1 there: empty for Spanish as for other languages."""
    if lang != "fr":
        return frozenset()
    names = {name for name in Locale(lang).languages.values() if name.isalpha() and name.islower() and len(name) > 3}
    forms = set()
    for name in names - set(function_words()):
        forms.update(_inflected(name))
    return frozenset(forms)


@functools.cache
def spanish_national_adjectives() -> frozenset[str]:
    """Spanish adjectives of peoples, capitalised as they are inside a
    body's name (``Abogacía Española``, ``Academia Francesa``), in every
    gender and number: the languages' names in Spanish (CLDR), which are
    those adjectives in the masculine singular (``español``, ``francés``)."""
    forms = set()
    for name in Locale("es").languages.values():
        if name.isalpha() and name.islower() and len(name) > 3 and name not in function_words():
            forms.update(form.capitalize() for form in _inflected_in_spanish(name))
    return frozenset(forms)


def _inflected_in_spanish(adjective: str) -> set[str]:
    """A Spanish adjective of a people in the masculine singular, and its
    other genders and numbers: ``francés``, ``francesa``, ``franceses``."""
    if adjective.endswith(("és", "án")):
        stem = adjective[:-2] + adjective[-2].replace("é", "e").replace("á", "a") + adjective[-1]
        return {adjective, stem + "a", stem + "es", stem + "as"}
    if adjective.endswith("o"):
        return {adjective, adjective[:-1] + "a", adjective + "s", adjective[:-1] + "as"}
    if adjective.endswith(("ol", "al")):
        return {adjective, adjective + "a", adjective + "es", adjective + "as"}
    return {adjective, adjective + "s"}


def _inflected(adjective: str) -> set[str]:
    """A French adjective of a people in the masculine singular, and its
    other genders and numbers."""
    if adjective.endswith("e"):
        feminine = adjective
    elif adjective.endswith(("ien", "éen")):
        feminine = adjective + "ne"
    else:
        feminine = adjective + "e"
    plural = adjective if adjective.endswith(("s", "x")) else adjective + "s"
    return {adjective, feminine, plural, feminine + "s"}
