"""Seed the shared vocabulary (hub/models/taxonomy.py) so that every fresh database has it.

Editors can rename, describe and reorder terms afterwards; slugs are the stable keys that
URLs and imports use. Re-running is harmless: existing slugs are left as they are.
"""

from django.db import migrations

POLICY_STEPS = [
    (1, "verkennen", "Verken wat er lokaal speelt",
     "Breng in kaart welke discriminatie inwoners in uw gemeente meemaken, bij wie en waar."),
    (2, "samenwerken-adv", "Samenwerken met de ADV",
     "Maak afspraken met de antidiscriminatievoorziening (ADV), ook over taken buiten de wettelijke taken."),
    (3, "visie-en-draagvlak", "Visie en draagvlak",
     "Formuleer samen met inwoners, organisaties en de raad waar de gemeente voor staat."),
    (4, "doelen-en-plan", "Doelen, plan en afstemming met andere beleidsvelden",
     "Stel concrete doelen, maak een plan en verbind het met wonen, werk, onderwijs en veiligheid."),
    (5, "uitvoering", "Uitvoering", "Voer de maatregelen uit, met partners en met voldoende capaciteit."),
    (6, "evalueren", "Evalueren en monitoren",
     "Meet of de aanpak werkt, stuur bij en laat de raad zien wat het oplevert."),
]

MUNICIPAL_ROLES = [
    ("aanjagen", "Aanjagen", "De gemeente zet onderwerpen op de agenda en brengt partijen in beweging."),
    ("ondersteunen", "Ondersteunen en faciliteren",
     "De gemeente helpt initiatieven van anderen met geld, ruimte, kennis of contacten."),
    ("regie", "Regie voeren", "De gemeente stuurt de samenwerking en bewaakt de samenhang en de resultaten."),
]

DOMAINS = [
    ("arbeidsmarkt", "Arbeidsmarkt", "Werving, selectie, stage en werkvloer."),
    ("onderwijs", "Onderwijs", "School, stage, studiekeuze en schoolklimaat."),
    ("wonen", "Wonen", "Huren, kopen, woningtoewijzing en de woningmarkt."),
    ("wijk-en-buurt", "Wijk en buurt", "Samenleven in de buurt, burenconflicten en buurtinitiatieven."),
    ("horeca-en-uitgaan", "Horeca en uitgaan", "Deurbeleid, uitgaansgelegenheden en evenementen."),
    ("veiligheid-en-politie", "Veiligheid en politie", "Politie, handhaving, boa's en etnisch profileren."),
    ("algemene-voorzieningen", "Algemene voorzieningen",
     "Gemeentelijke dienstverlening, loketten, uitkeringen en subsidies."),
    ("zorg", "Zorg", "Zorg, welzijn en jeugdhulp."),
    ("sport-en-recreatie", "Sport en recreatie", "Sportclubs, zwembaden, sportvelden en recreatie."),
    ("openbare-ruimte", "Openbare ruimte", "Straat, openbaar vervoer en publieke plekken."),
    ("online-en-media", "Online en media", "Sociale media, online haat en berichtgeving."),
]

GROUNDS = [
    ("herkomst", "Herkomst / huidskleur (ras)", "legal"),
    ("godsdienst", "Godsdienst", "legal"),
    ("levensovertuiging", "Levensovertuiging", "legal"),
    ("politieke-gezindheid", "Politieke gezindheid", "legal"),
    ("geslacht", "Geslacht", "legal"),
    ("genderidentiteit", "Genderidentiteit en -expressie", "legal"),
    ("seksuele-gerichtheid", "Seksuele gerichtheid", "legal"),
    ("handicap", "Handicap of chronische ziekte", "legal"),
    ("leeftijd", "Leeftijd", "legal"),
    ("nationaliteit", "Nationaliteit", "legal"),
    ("burgerlijke-staat", "Burgerlijke staat", "legal"),
    ("arbeidsduur-contract", "Arbeidsduur / soort contract", "legal"),
    ("antisemitisme", "Antisemitisme", "specific"),
    ("moslimdiscriminatie", "Moslimdiscriminatie", "specific"),
    ("anti-zwart-racisme", "Anti-Zwart racisme", "specific"),
    ("antiziganisme", "Antiziganisme", "specific"),
]

AUDIENCES = [
    ("gemeenteambtenaar", "Gemeenteambtenaar"),
    ("adv-medewerker", "ADV-medewerker"),
    ("raadslid", "Raadslid"),
    ("bestuurder", "Bestuurder"),
    ("maatschappelijke-organisatie", "Maatschappelijke organisatie"),
    ("werkgever", "Werkgever"),
    ("school", "School"),
    ("inwoners", "Inwoners"),
]

MECHANISMS = [
    ("inleven-en-empathie", "Inleven en empathie",
     "Mensen leren zich te verplaatsen in de ervaring van iemand die gediscrimineerd wordt."),
    ("sociale-norm", "Sociale norm veranderen",
     "Laten zien dat de meeste mensen discriminatie afwijzen, zodat gelijke behandeling de norm wordt."),
    ("confronteren-en-bewustwording", "Confronteren en bewustwording",
     "Mensen bewust maken van hun eigen vooroordelen. Werkt alleen zorgvuldig: botte confrontatie roept weerstand op."),
    ("counter-stereotypen", "Counter-stereotypen en flexibel denken",
     "Voorbeelden laten zien die ingaan tegen stereotypen, zodat mensen minder in hokjes denken."),
    ("contact-tussen-groepen", "Contact tussen groepen",
     "Gelijkwaardig en herhaald contact tussen groepen, met een gezamenlijk doel."),
]

EVIDENCE_LEVELS = [
    ("niet-beoordeeld", "Niet beoordeeld", None,
     "Er is (nog) geen oordeel van een erkenningscommissie. Dat zegt niets over of de aanpak werkt."),
    ("goed-beschreven", "Goed beschreven", 3,
     "De aanpak is helder beschreven: doel, doelgroep en werkwijze zijn duidelijk. Of hij werkt, is nog niet onderzocht."),
    ("goed-onderbouwd", "Goed onderbouwd", 5,
     "De aanpak is goed beschreven en er is een logische, op theorie en kennis gebaseerde uitleg waarom hij zou moeten werken."),
    ("effectief-eerste", "Effectief – eerste aanwijzingen", 5,
     "Onderzoek in de praktijk geeft eerste aanwijzingen dat de aanpak het beoogde effect heeft."),
    ("effectief-goede", "Effectief – goede aanwijzingen", 5,
     "Meerdere effectstudies laten met een goede onderzoeksopzet zien dat de aanpak werkt."),
    ("effectief-sterke", "Effectief – sterke aanwijzingen", 5,
     "Sterk bewijs: herhaald onderzoek met controlegroep laat zien dat de aanpak werkt, ook op langere termijn."),
]

COUNCIL_ROLES = [
    ("antennerol", "Antennerol (signaleren)",
     "Horen wat er speelt: in gesprek met inwoners en belangenorganisaties over de discriminatie die zij meemaken."),
    ("controlerende-rol", "Controlerende rol",
     "Het college controleren: wordt het beleid uitgevoerd en wat levert de samenwerking met de ADV op?"),
    ("initierende-rol", "Initiërende rol",
     "Zelf voorstellen doen, bijvoorbeeld met een motie of initiatiefvoorstel."),
    ("volksvertegenwoordiger", "Volksvertegenwoordiger",
     "Inwoners vertegenwoordigen en hun stem laten horen, ook van groepen die minder gehoord worden."),
]

SIZES = [
    ("tot-20000", "< 20.000 inwoners", 0, 20000),
    ("20000-50000", "20.000–50.000 inwoners", 20000, 50000),
    ("50000-100000", "50.000–100.000 inwoners", 50000, 100000),
    ("vanaf-100000", "> 100.000 inwoners", 100000, None),
]

PROVINCES = [
    ("groningen", "Groningen"),
    ("fryslan", "Fryslân"),
    ("drenthe", "Drenthe"),
    ("overijssel", "Overijssel"),
    ("flevoland", "Flevoland"),
    ("gelderland", "Gelderland"),
    ("utrecht", "Utrecht"),
    ("noord-holland", "Noord-Holland"),
    ("zuid-holland", "Zuid-Holland"),
    ("zeeland", "Zeeland"),
    ("noord-brabant", "Noord-Brabant"),
    ("limburg", "Limburg"),
]


def seed(apps, schema_editor):
    def upsert(model_name, slug, **fields):
        model = apps.get_model("hub", model_name)
        model.objects.get_or_create(slug=slug, defaults=fields)

    for number, slug, name, description in POLICY_STEPS:
        upsert("PolicyStep", slug, number=number, name=name, description=description, sort_order=number)
    for order, (slug, name, description) in enumerate(MUNICIPAL_ROLES):
        upsert("MunicipalRole", slug, name=name, description=description, sort_order=order)
    for order, (slug, name, description) in enumerate(DOMAINS):
        upsert("Domain", slug, name=name, description=description, sort_order=order)
    for order, (slug, name, kind) in enumerate(GROUNDS):
        upsert("DiscriminationGround", slug, name=name, kind=kind, sort_order=order)
    for order, (slug, name) in enumerate(AUDIENCES):
        upsert("Audience", slug, name=name, sort_order=order)
    for order, (slug, name, description) in enumerate(MECHANISMS):
        upsert("Mechanism", slug, name=name, description=description, sort_order=order)
    for order, (slug, name, years, description) in enumerate(EVIDENCE_LEVELS):
        upsert("EvidenceLevel", slug, name=name, validity_years=years, description=description, sort_order=order)
    for order, (slug, name, description) in enumerate(COUNCIL_ROLES):
        upsert("CouncilRole", slug, name=name, description=description, sort_order=order)
    for order, (slug, name, low, high) in enumerate(SIZES):
        upsert("MunicipalitySize", slug, name=name, min_inhabitants=low, max_inhabitants=high, sort_order=order)
    for order, (slug, name) in enumerate(PROVINCES):
        upsert("Province", slug, name=name, sort_order=order)


class Migration(migrations.Migration):
    dependencies = [("hub", "0002_create_homepage")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
