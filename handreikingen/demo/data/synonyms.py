"""Demo content: `SYNONYMS`, (term, [alternatives]) pairs that widen search queries (data
only, no imports)."""

SYNONYMS = [
    ("discrimineren", ["discriminatie", "discriminerend", "uitsluiting"]),
    (
        "woningmarkt",
        ["wonen", "woning", "woningen", "huur", "verhuur", "verhuurders", "huurwoningen"],
    ),
    ("werk", ["arbeidsmarkt", "werkgever", "sollicitatie", "solliciteren", "werving"]),
    ("lhbti", ["lhbtiq", "homo", "lesbisch", "biseksueel", "transgender", "regenboog", "seksuele"]),
    ("racisme", ["discriminatie", "herkomst", "huidskleur", "etnisch", "afkomst"]),
    ("beperking", ["handicap", "gehandicapt", "toegankelijkheid", "chronisch", "ziekte"]),
    ("ouderen", ["leeftijd", "senioren", "oudere", "leeftijdsdiscriminatie"]),
    ("antisemitisme", ["jodenhaat", "joods", "joden"]),
    ("moslimhaat", ["moslimdiscriminatie", "islamofobie", "moslims", "moslim"]),
    ("adv", ["antidiscriminatievoorziening", "meldpunt", "discriminatiemeldpunt"]),
    ("melden", ["melding", "meldingen", "meldpunt", "klacht"]),
    ("school", ["onderwijs", "scholen", "leerlingen", "klas"]),
    ("uitgaan", ["horeca", "deurbeleid", "clubs", "portiers"]),
    ("sport", ["sportclub", "sportvereniging", "recreatie"]),
    ("raadslid", ["raadsleden", "gemeenteraad", "raad", "motie"]),
    ("online", ["internet", "media", "haatberichten"]),
    ("politie", ["veiligheid", "profileren", "boa", "handhaving"]),
    ("zorg", ["welzijn", "jeugdhulp", "ouderenzorg", "thuiszorg"]),
]
