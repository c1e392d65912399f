"""Office holders from Wikidata-derived public lists, merged into rasd's people catalog.

Two steps, both run by default:

1. ``extract`` reads the office-holder lists of the EveryPolitician scrapers (one GitHub repository
   per country, each a Wikidata query result: ``html/holders21.csv`` with position, person, Wikidata
   id, start and end) and writes the rows for the offices rasd models to
   ``rasd/data/entities/sourced/offices.tsv`` (heads, foreign and defence ministers everywhere; for
   the Arab League states, Iran, Turkey and Israel every cabinet portfolio of
   ``sourced/portfolios.tsv`` and the deputy prime ministers; offices below the top of ``OFFICIALS``,
   ``OFFICIALS_OF`` and ``AMBASSADOR_LISTS``: chiefs of staff, UN ambassadors, deputy foreign ministers,
   speakers, intelligence heads, Saudi ambassadors), and the list of files read, with
   their commits, to ``rasd/data/entities/sourced/sources.tsv``. Arabic names come only from the
   same sources: Wikidata labels that the queries returned in Arabic (``html/bio.csv``, ``holders21.csv`` and
   the scrapers' ``*-arwiki`` lists), and the Arabic labels of the Wikidata items the scrapers stored
   (``html/raw/bio.json``, ``BIO_JSON_LISTS``).
2. ``merge`` reads ``offices.tsv`` and ``rasd/data/entities/people.jsonl`` and rewrites
   ``people.jsonl``: a person already in the catalog (same Wikidata id, or the same English name
   and an office of the same state) keeps its id and gets the Wikidata id and the sourced terms;
   a person the catalog lacks is added when the source gives an Arabic name that does not read as
   common words (``COMMON_ZIPF``), with no alias but that name; where the source has none, the
   hand-written ``sourced/names_ar.tsv`` may give the name and aliases (noted on the entry, the
   same rule applied to every form). Every office gets a
   ``source`` (a key of sources.tsv, or ``hand``), and a person found in no source gets
   ``"source": "hand"``. Then the hand-written ``sourced/hand_portfolios.tsv`` adds cabinet-portfolio
   terms for a portfolio the state's list has no holder of at all (``apply_hand_portfolios``).
   Re-running the merge on its own output changes nothing; a person an
   earlier merge added stays, like any entry of people.jsonl, until removed by hand.

The data is Wikidata's (CC0); the scrapers' repositories publish the query results.

Getting the source files (no network is needed at build time):

    for repo in $(cut -f2 rasd/data/entities/sourced/sources.tsv | grep / | sort -u); do
        git clone https://github.com/$repo /tmp/ep/$repo
    done

then ``--sources /tmp/ep`` (the files are read at the commit listed in SOURCES below, with
``git show``). A directory of bare mirrors named ``owner+name/repo`` (what rasd's research
tooling produces) works the same with ``--mirrors DIR``.

    python scripts/build_sourced_catalog.py --mirrors /work/.mirror      # extract + merge
    python scripts/build_sourced_catalog.py merge                        # merge only
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import functools
import io
import json
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from rasd.lang.clitics import without_article
from rasd.lang.frequency import load_word_frequencies, zipf
from rasd.lang.normalize import fold
from rasd.nlp.link import skeleton
from rasd.nlp.romanize import Romanizer, load_romanizer, romanize
from rasd.resources import read_tsv

ROOT = Path(__file__).resolve().parent.parent
ENTITIES = ROOT / "rasd" / "data" / "entities"
SOURCED = ENTITIES / "sourced"
PEOPLE = ENTITIES / "people.jsonl"

OWNER = "every-politician-scrapers"
HOLDERS = "html/holders21.csv"
BIO = "html/bio.csv"
#: The Wikidata items of every person a list names, as the scrapers stored them (one JSON object per
#: line: ``id``, ``labels`` by language, ``sitelinks``): where the query's label came back in English,
#: the item's own Arabic label is here (``labels.ar``, else the title of its Arabic Wikipedia article).
BIO_JSON = "html/raw/bio.json"
#: The lists whose bio.json is read: the seven that have one at their commit (the world list's is larger
#: than the mirror tooling keeps, 4 MiB; the others have none). Added in December 2026: 58 people.
BIO_JSON_LISTS = ("bahrain", "lebanon", "libya", "mauritania", "oman", "syria", "yemen")

# repository -> (commit, the catalog id of the state whose offices it lists). Commits are the newest
# ones stored when this was built (July 2022 to January 2023): later changes are not in the source.
# The lists of 19 EU states (Austria … Sweden; heads, foreign and defence ministers) were added in
# December 2026 for the foreign ministers Arab news names; they too stop in mid-2022. The lists of 59
# more states (Albania … Zimbabwe: Africa, Asia, Latin America, the rest of Europe) were added in
# December 2026 for their heads of state and government (issue 14, every state's leaders). Mali's list
# (every-politician-scrapers/mali) is left out: مالي is also "financial", and on 1,501 SaudiNewsNet
# articles a bare title (الرئيس التنفيذي، الرئيسة) in a story whose one state read as Mali named its president
# three times of three.
SOURCES: dict[str, tuple[str, str]] = {
    "afghanistan": ("f54eb517a816eb2db1f6d5e4ad0d60dcf9de7e74", "AF"),
    "albania-cabinet": ("e8d362eb360459d1ffad1dbf5eec480294ef4746", "AL"),
    "algeria-cabinet": ("a23de8549333fc55f861cc856d499acb9cd255de", "DZ"),
    "angola": ("3e46a94f1c478495da9e44762ad61981f5f5bf68", "AO"),
    "argentina-ministers": ("98105f511ea6ad6c9730e979190909cf34d9343b", "AR"),
    "armenia-ministers": ("0f97f894d1206191bcc52e5925f00bac9a0299bf", "AM"),
    "australia-cabinet": ("4c35a6ef087d076eb343b6177814574b2d6e43b8", "AU"),
    "austria-cabinet": ("d8d29777ec6abe3e2adfb82f5c308e944fb8f8a9", "AT"),
    "azerbaijan-cabinet": ("88e2221afaeb133eb9ac369d5a036c69bbeefc4d", "AZ"),
    "bahrain": ("d9163a148f80f34a6e043641de9adba473f576da", "BH"),
    "bangladesh-ministers": ("9bf8dcec085888ba0a57f9073a0d504b74c33441", "BD"),
    "belarus-ministers": ("3edd7c7cbcba709c6165f7df09653dcbf50c7712", "BY"),
    "belgium-cabinet": ("a1420fcaec8b2c2966eebb13f352b95725d3785b", "BE"),
    "benin-ministers": ("35c521b645cccb467b7692fdaf906980fc8e7c48", "BJ"),
    "bosnia-herzegovina-ministers": ("77bb9eb6a60e455fd4458255c9ac6fb5f9a5b2b2", "BA"),
    "brazil-ministers": ("de58065b42edc0c0f310185ffda9174540e9af5f", "BR"),
    "brunei-ministers": ("775990725a8e0b4eb754fd80b2cb5e3e1e3bec28", "BN"),
    "bulgaria-cabinet": ("2068236a3e5af84bd30f347afe86bcc089d6fd5d", "BG"),
    "burkina-faso": ("497b82ab5ecdb13852b80433607c9c880687b4db", "BF"),
    "burundi-ministers": ("466339de873cd443a53ef4ce272b31a9c7278069", "BI"),
    "cambodia": ("b08e1644f03b1652636e5826ef32ea5150365808", "KH"),
    "cameroon": ("647bbdf2093fd92077f35c7b7a93bef37aa33919", "CM"),
    "canada-cabinet": ("3b3f0da86ca64c7e3ce6d0f073ed66612885d06f", "CA"),
    "central-african-republic": ("f5ec169674fa9ce00bf5e4fee51a9aaee3e888fb", "CF"),
    "chad-ministers": ("4f57b9626bf40b944bb63ea9d4f016420f71e3b7", "TD"),
    "chile-ministers": ("412eb050c5f72daf9c0f31b6482c61180501c83a", "CL"),
    "china-ministers": ("300341654d57cd10776238bae41c89b6ea315276", "CN"),
    "congo-brazzaville": ("949deaf5835030bf0c7b73a6f4cb8d0d1fb8b57a", "CG"),
    "congo-kinshasa-ministers": ("fb78ee2e1afcd31cb21afcb2c18c01e01608b18d", "CD"),
    "croatia-ministers": ("6e44b5186fd289ec77c7a5d1378d86e4a1ad37a3", "HR"),
    "cuba": ("5f8fa4ee8913ea123ef6727fbf0c8b3453fbbb86", "CU"),
    "cyprus-cabinet": ("5fcbf4d37e23e62f820666403beb77e72c2f9916", "CY"),
    "czech-ministers": ("1e53f23f9405feacef64241294c342ab8eca0319", "CZ"),
    "denmark-cabinet": ("1599847eacdd27202c9b84387407cef25458f309", "DK"),
    "djibouti-ministers": ("548a01f93b5f8468418fad4021cf7caf21489b2b", "DJ"),
    "ecuador-ministers": ("b5360d52c89e2c9742019d3ea9c37972a737e243", "EC"),
    "egypt-ministers": ("f3820a30ce92a8557e3503202fed731e9d91275c", "EG"),
    "equatorial-guinea": ("a713ce5acc59076c99ded9ea9f5b90cc2db9dbac", "GQ"),
    "eritrea-ministers": ("976e3d35bfda79df2f8e585c9930c98af8f65219", "ER"),
    "ethiopia-ministers": ("e025c9ca8d02cc7f3a5522afd30d49350e64c5cf", "ET"),
    "finland-cabinet": ("56412ba38703d3181b5dd5675b8410b95f6a5487", "FI"),
    "france-cabinet": ("7ff37baf3297a83711c90ac84b1d3b2ecb50a541", "FR"),
    "gabon-ministers": ("824f2dd326741e5966429c371ba817014550157f", "GA"),
    "gambia-ministers": ("826ec2d12887ebc8b33885e42f20e8ecd9d85e4c", "GM"),
    "georgia-ministers": ("e843205baddb9cd7321170ede5d08210b1bf6c78", "GE"),
    "ghana-ministers": ("6301043ab47efa25fa0c944b6a4b523ea5a2eebe", "GH"),
    "greece-cabinet": ("34bf1d17b4c2afa95e6063f93742e53f3d4c7454", "GR"),
    "guinea": ("b6dbbddfdcd405529b096cf6e92ff16c424491b1", "GN"),
    "guinea-bissau": ("e583fba26d30c716516e2d6b18e2dff8b708ac70", "GW"),
    "hungary-cabinet": ("aee95092e592403fee7a5d87f0d6b8eeeda1e9ca", "HU"),
    "india-ministers": ("66f344bbf207d35eaa3225edf5584ae0bb164fe8", "IN"),
    "indonesia-ministers": ("66eaaf57191eff7e9d28eea926358bf83d443114", "ID"),
    "iran-ministers": ("a8e7c2fb16372b8b77a09303ae27d46a9ea21e67", "IR"),
    "iraq-ministers": ("ab7f90c8298be91e36248b2ca5d7f268cee0b173", "IQ"),
    "ireland-ministers": ("562aee81a3802e59acc4cf21c8fce6a8ca35f76e", "IE"),
    "israel-ministers": ("81da8707e865df568c7ba8b0b89bf95e7ffd4ae1", "IL"),
    "italy-ministers": ("4f9e038f62f3c71f737fd7e30a4e35df1686f4eb", "IT"),
    "ivory-coast": ("44222480d31935982732e89a451ff590841f834f", "CI"),
    "japan-ministers": ("8ba3cb1992bee87f5b8dc566da87db2be8550a1a", "JP"),
    "jordan-ministers": ("34bc64166cbe64a6a784a7b134f2fd55872fa5f7", "JO"),
    "kazakhstan-cabinet": ("caf651f97dc0efed4955887c17fd6fadcdf7b111", "KZ"),
    "kenya": ("845fa144b1aa18652748624528d836b81e51b7d0", "KE"),
    "kuwait-ministers": ("e663bce8539370de83f3f06eecb0e8d4ec50b14e", "KW"),
    "lebanon": ("84f4f6720d0f067682e3dcc285423b7fd70b33b2", "LB"),
    "liberia-ministers": ("51d0030249649de5a8b1ca9e0f7be25a4402e3c9", "LR"),
    "libya": ("a1e875f47b78a8e3843b5e5a086dda8b963d2162", "LY"),
    "luxembourg-cabinet": ("7b920a2e507deea1887539f7ebb4fea0db43e7da", "LU"),
    "malaysia-ministers": ("bab25025f0c68e7c1c623e0ee7e4888032550e16", "MY"),
    "maldives-ministers": ("8de4a9140f5ab0f57ed4a40f467975039d615001", "MV"),
    "malta-ministers": ("4cba0680d5436b0befc248615f230087fbd45be4", "MT"),
    "mauritania": ("d3f467cdef94a4ec1525fbbb0444977df7af0ecc", "MR"),
    "mexico-ministers": ("87f5ae7dc992a800173a7c9de53ccbe25661dc61", "MX"),
    "montenegro-cabinet": ("8ba0dd381b8c18ead1b8772c5bfddf9b6d83b246", "ME"),
    "morocco-ministers": ("b5246271b46859298b816869fd8c3ae7f658afd8", "MA"),
    "mozambique": ("4800218ca8ce02cb4d1bb3a665189fc245e27d99", "MZ"),
    "nepal-ministers": ("14d843634275aae72439958fd190e33ad048df17", "NP"),
    "netherlands-cabinet": ("a542323a663b1a7232e6f8e4843eda1f019a8705", "NL"),
    "new-zealand-cabinet": ("dbf5f248a1d55fc1a111112bc904c8e7e8e26950", "NZ"),
    "niger-ministers": ("3b495ae4c954686d0cbbab4cc21063ded6ec4b6f", "NE"),
    "nigeria": ("1f5d4aad9ba42a810e353d0d7b4378fedc4429e6", "NG"),
    "north-korea": ("7fd4f86187b511ff8bd0b95f1fcd1c5a21e881b5", "KP"),
    "norway-cabinet": ("c0bc52971dac1a8734320e298a714903adae5b83", "NO"),
    "oman": ("c736fb96b1acbd3f0c652b278222e43118015cdb", "OM"),
    "pakistan-ministers": ("065accdb5d8d693e89c0bc559862c10f66d443d1", "PK"),
    "philippines-ministers": ("1f396f9a8c2e3397cfe392fca350c8943aa1d5f5", "PH"),
    "poland-cabinet": ("c6b228df3eed6e9ba89f02bf424f870a66ea47a6", "PL"),
    "portugal-cabinet": ("49dd0287a8d715a217ba067c04d574b2632864af", "PT"),
    "romania-cabinet": ("63e9c5d352fa9a477e708ecc2ac4523af9534cfe", "RO"),
    "russia-cabinet": ("3871831d9846a16c5017acc229e003ab706202ab", "RU"),
    "saudi-ministers": ("566c58806bee4d91167f3dcbd19abbb596e65497", "SA"),
    "senegal-ministers": ("780217b3c6b59c29a8e18d88727f9200fb1a4953", "SN"),
    "serbia-ministers": ("a4a525577243b1a2ebc9c98de0801347aba26e52", "RS"),
    "sierra-leone": ("2c5d76f88b39b83183111d2d510f5499fe960e06", "SL"),
    "singapore-ministers": ("7c68317a86e9ab14712685cc12d6e2afc028d410", "SG"),
    "slovakia-cabinet": ("db4bf5310f557452cd6140a61739d4103c35debf", "SK"),
    "somalia-cabinet": ("7b5980d7c4b80241f31b9ceb82b601906656559b", "SO"),
    "south-africa-cabinet": ("0558a872c69856bba752bd3b8b3604e4e4479252", "ZA"),
    "south-korea-ministers": ("6f17960017c672790f0997885e5b2ff5937305de", "KR"),
    "south-sudan": ("46f2f4f9e468465ced7e5bce689b7d8e0c43be32", "SS"),
    "spain-ministers": ("1e1550ca85af4c39b71e6a462fead133849fe078", "ES"),
    "sri-lanka-cabinet": ("a90dbcf77133b1b9dcb94abe2c51b7ba2d9c5bee", "LK"),
    "sudan": ("bd56d436414d49f53c21baf0601962478a431ac2", "SD"),
    "sweden-cabinet": ("6756a7c9de57d94b64628365d3715a344c3ad9a7", "SE"),
    "swiss-federal-council": ("7cb72efe7f83e593d6be64fa649c993c5042e49c", "CH"),
    "syria": ("08fddba7b3f3beef8ac10a7201ef1ff1cc7318af", "SY"),
    "togo": ("c6cc8fe9413c84f10719c5627cb750fcd4e08e4b", "TG"),
    "tunisia-ministers": ("6e35fc4e7f3d8c1f0bbb453d3b522177a7820dfe", "TN"),
    "turkey-ministers": ("288fbd45ee3fa59f8a226437bf43d726c9845f4f", "TR"),
    "turkmenistan": ("db857efe4e49f9efb787394ca3065f3d8a462f8f", "TM"),
    "uae-ministers": ("9478e53b0ada6f31a1877fddb499f33207efa368", "AE"),
    "ukraine-cabinet": ("4fc6ab0f4d90d6170b674172a115f1bc98478e4b", "UA"),
    "united-kingdom-cabinet": ("3a5ec686630cbefc0fe4b96da38a2a50b52d2556", "GB"),
    "us-cabinet": ("0d5e73cb24ba9f78bc36f6cd0fbe9839e6cd8600", "US"),
    "uzbekistan-ministers": ("b7cd8a1eaca2bb365d5ade7bdc9870d1ed31bde9", "UZ"),
    "venezuela": ("468bc47dfe82a6912833f85ccb15888baa132a6c", "VE"),
    "vietnam": ("906e493fe5ae307bf6184baa4fa9e48d75f9866d", "VN"),
    "world": ("4a3b394d9a35d26d138cded8718d0805b7ce9336", ""),
    "yemen": ("993e1a6176b9082c7053cd67ff59dc52ee71f71b", "YE"),
    "zimbabwe": ("f991ac9839ca9297ec838f7420994fbb1c854c00", "ZW"),
}

# Extra lists that only give Arabic Wikidata labels (item, itemLabel): repository -> paths.
ARABIC_LABELS: dict[str, tuple[str, ...]] = {
    "iraq-ministers": (
        "sources/defence-arwiki/wikidata.csv",
        "sources/interior-arwiki/wikidata.csv",
        "sources/higher-education-arwiki/wikidata.csv",
    ),
    "kuwait-ministers": (
        "sources/wpoffice/defence-minister/wikidata.csv",
        "sources/wpoffice/interior-minister/wikidata.csv",
        "sources/wpoffice/cabinet-minister/wikidata.csv",
    ),
}

# Position labels of holders21.csv -> rasd role (roles.tsv). A label maps only in the repositories
# where it was checked to mean that office.
HEAD_OF_STATE = {
    "President": "president",
    "King": "king",
    "monarch": "king",
    "emir": "emir",
    "Sultan": "sultan",
}
POSITIONS: dict[str, dict[str, str]] = {
    "*": {
        **HEAD_OF_STATE,
        "Prime Minister": "prime_minister",
        "Vice President": "vice_president",
        "Crown Prince": "crown_prince",
        "Minister of Foreign Affairs": "foreign_minister",
        "Minister for Foreign Affairs": "foreign_minister",
        "Minister of Defence": "defense_minister",
        "Minister for Defence": "defense_minister",
        "Minister of National Defence": "defense_minister",
        "Minister of National Defense": "defense_minister",
    },
    "argentina-ministers": {"Minister of Foreign Affairs and Worship": "foreign_minister"},
    "austria-cabinet": {
        "Federal Chancellor": "chancellor",
        "Federal Minister of European and International Affairs": "foreign_minister",
        "Federal Minister of National Defence": "defense_minister",
    },
    "croatia-ministers": {"Minister of Foreign and European Affairs": "foreign_minister"},
    "ireland-ministers": {"Minister for Foreign Affairs and Trade": "foreign_minister"},
    "luxembourg-cabinet": {"Minister of Foreign and European Affairs": "foreign_minister"},
    "spain-ministers": {
        "Minister of Foreign Affairs and Cooperation": "foreign_minister",
        "Minister of Foreign Affairs, European Union and Foreign Aid": "foreign_minister",
    },
    "brazil-ministers": {"Minister of External Relations": "foreign_minister"},
    "china-ministers": {"Premier of the State Council": "prime_minister"},
    "france-cabinet": {"Minister of Europe and Foreign Affairs": "foreign_minister"},
    "india-ministers": {"Minister of External Affairs": "foreign_minister"},
    "iran-ministers": {
        "Supreme Leader": "supreme_leader",
        "First Vice President": "first_vice_president",
        "Minister of Defence and Armed Forces Logistics": "defense_minister",
        "Secretary of the Supreme National Security Council": "security_council_secretary",
    },
    "libya": {"Chairman of the Presidential Council": "presidential_council_chair"},
    "mexico-ministers": {
        "Secretary of Foreign Affairs": "foreign_minister",
        "Secretary of National Defense": "defense_minister",
    },
    "pakistan-ministers": {
        "Federal Minister of Foreign Affairs": "foreign_minister",
        "Federal Minister of Defence": "defense_minister",
    },
    "russia-cabinet": {"Foreign Ministry Spokeperson": "foreign_ministry_spokesperson"},
    "south-africa-cabinet": {
        "Minister of International Relations and Cooperation": "foreign_minister",
        "Minister of Defence and Military Veterans": "defense_minister",
    },
    "sudan": {
        "Chairman of the Transitional Military Council": "military_council_chair",
        "Chairman of the Sovereignty Council": "sovereignty_council_chair",
    },
    "ukraine-cabinet": {
        "Secretary of the National Security and Defense Council": "security_council_secretary"
    },
    "united-kingdom-cabinet": {
        "Secretary of State for Foreign and Commonwealth Affairs": "foreign_minister",
        "Secretary of State for Defence": "defense_minister",
    },
    "us-cabinet": {
        "Secretary of State": "foreign_minister",
        "Secretary of Defence": "defense_minister",
        "White House Press Secretary": "press_secretary",
    },
}
# Offices below the top that issue 14 asks for (Arab news quotes and names them: chiefs of staff,
# intelligence heads, UN ambassadors, deputy foreign ministers and ministers of state, speakers, the P5's
# finance and energy ministers), read from every list where the label means that office (December 2026).
# A person still enters the catalog only with an Arabic name (a Wikidata label or names_ar.tsv).
OFFICIALS: dict[str, str] = {
    "Chief of the General Staff": "chief_of_general_staff",
    "Chairman of the General Staff": "chief_of_general_staff",
    "Permanent Representative to the United Nations": "un_ambassador",
    "Permanent Representative to the United Nations, New York": "un_ambassador",
    "Ambassador to the United Nations": "un_ambassador",
    "ambassador to the United Nations": "un_ambassador",
    "Deputy Minister of Foreign Affairs": "deputy_foreign_minister",
    "Deputy Minister for Foreign Affairs": "deputy_foreign_minister",
    "Vice Foreign Minister": "deputy_foreign_minister",
    "Minister of State for Foreign Affairs": "foreign_state_minister",
}
OFFICIALS_OF: dict[str, dict[str, str]] = {
    "egypt-ministers": {"Speaker of the House of Representatives": "speaker"},
    "russia-cabinet": {
        "Chairman of the State Duma": "speaker",
        "Minister of Energy": "energy_minister",
        "Minister of Finance": "finance_minister",
        "Director of the Foreign Intelligence Service": "intelligence_chief",
        "Deputy Prime Minister": "deputy_prime_minister",
        "First Deputy Prime Minister": "deputy_prime_minister",
    },
    "saudi-ministers": {"President of General Intelligence": "intelligence_chief"},
    "syria": {"Head of General Intelligence": "intelligence_chief", "Speaker of the Assembly": "speaker"},
    "sudan": {"Speaker of the National Assembly": "speaker"},
    "turkey-ministers": {"Speaker of the Grand National Assembly": "speaker"},
    "ukraine-cabinet": {"Chairman of the Verkhovna Rada": "speaker"},
    "united-kingdom-cabinet": {
        "Chancellor of the Exchequer": "finance_minister",
        "Minister of State for Middle East and North Africa": "foreign_state_minister",
        "Speaker of the House of Commons": "speaker",
        "Chief of the Secret Intelligence Service": "intelligence_chief",
        "Deputy Prime Minister": "deputy_prime_minister",
    },
    "us-cabinet": {
        "Secretary of the Treasury": "finance_minister",
        "Secretary of Energy": "energy_minister",
        "Secretary of Homeland Security": "national_security_minister",
        "National Security Advisor": "national_security_adviser",
        "Deputy Secretary of State": "deputy_foreign_minister",
        "Speaker of the House of Representatives": "speaker",
        "Chairman of the Joint Chiefs of Staff": "chief_of_general_staff",
    },
    "yemen": {"Speaker of the House of Representatives": "speaker"},
}
#: One list's labels of an office of a body, not of the list's state: label -> (role, catalog id).
BODY_OFFICES: dict[str, dict[str, tuple[str, str]]] = {
    "us-cabinet": {"Director of the CIA": ("director_general", "CIA")},
}
#: The lists whose "ambassador to <state>" rows are read as the sending state's ambassadors (role
#: ``ambassador``, several at once): Saudi Arabia's, the only list that gives most of them an Arabic label.
AMBASSADOR_LISTS = frozenset({"saudi-ministers"})
AMBASSADOR_PREFIX = "ambassador to "
# Labels that do not mean what they say in one repository.
EXCLUDE = {
    # "Minister of Foreign Affairs" there lists India's Foreign Secretaries (civil servants).
    ("india-ministers", "Minister of Foreign Affairs"),
    # the monarch of the Commonwealth realms is not a head of state rasd links to these states
    ("canada-cabinet", "monarch"),
    ("australia-cabinet", "monarch"),
}
# A person's terms under one label that are left out: (repository, label, Wikidata id).
EXCLUDE_TERMS = {
    # Lebanon's prime ministers whose cabinets exercised the vacant presidency (2007-08, 2014-16):
    # Wikidata lists them as presidents; news never calls them so
    ("lebanon", "President", "Q314263"),
    ("lebanon", "President", "Q3514836"),
    # Libya's rival governments (Tripoli's National Salvation Government, the eastern interim
    # government) beside the recognised ones: the catalog has one holder of an office at a time
    ("libya", "Prime Minister", "Q17613400"),
    ("libya", "Prime Minister", "Q19745310"),
    ("libya", "Minister of Defence", "Q19745310"),
    ("libya", "Minister of Foreign Affairs", "Q18201431"),
    ("libya", "Minister of Foreign Affairs", "Q63122668"),
    # overlapping rows run Fikri Işık's and Nurettin Canikli's terms from 2016 to 2018 (Canikli was
    # deputy prime minister until 2017): their hand terms stay
    ("turkey-ministers", "Minister of National Defence", "Q15431339"),
    ("turkey-ministers", "Minister of National Defence", "Q6046409"),
    # Essam al-Thaqfi's Arabic label, عصام الثقفي, has the consonant skeleton of عاصمة الثقافة ("capital
    # of culture"): on 1,501 SaudiNewsNet articles the skeleton linker made three such phrases his mentions
    ("saudi-ministers", "ambassador to Argentina", "Q97123696"),
    ("saudi-ministers", "ambassador to Indonesia", "Q97123696"),
    ("saudi-ministers", "ambassador to Norway", "Q97123696"),
}
# The world repository: international offices -> (role, catalog id).
WORLD = {
    "Secretary-General of the United Nations": ("secretary_general", "UN"),
    "President of the United Nations General Assembly": ("general_assembly_president", "UN"),
    "President of the International Court of Justice": ("president", "ICJ"),
    "Director-General of the World Trade Organization": ("director_general", "WTO"),
    "Deputy Secretary-General of the United Nations": ("deputy_secretary_general", "UN"),
    "Speaker of the Arab Parliament": ("speaker", "ARAB-PARLIAMENT"),
}

# The states whose whole cabinet is read (every portfolio of PORTFOLIOS and the deputy prime ministers):
# the Arab League, Iran, Turkey and Israel, the states rasd's news is mostly about. Elsewhere only the
# offices of POSITIONS (heads, foreign and defence ministers) are read.
MINISTRIES_OF = frozenset(
    [
        "DZ",
        "BH",
        "KM",
        "DJ",
        "EG",
        "IQ",
        "JO",
        "KW",
        "LB",
        "LY",
        "MR",
        "MA",
        "OM",
        "PS",
        "QA",
        "SA",
        "SO",
        "SD",
        "SY",
        "TN",
        "AE",
        "YE",
        "IR",
        "TR",
        "IL",
    ]
)
DEPUTY_PRIME_MINISTER = "Deputy Prime Minister"
PORTFOLIOS = SOURCED / "portfolios.tsv"
#: Arabic names written by hand for sourced people whose Wikidata item has no Arabic label.
HAND_NAMES = SOURCED / "names_ar.tsv"
HAND_NAME_NOTE = "name_ar: by hand (sourced/names_ar.tsv; the source has no Arabic label)"
#: Cabinet-portfolio terms written by hand where the state's sourced list has no holder of that
#: portfolio at all (Saudi Arabia's interior ministers; Qatar has no list).
HAND_PORTFOLIOS = SOURCED / "hand_portfolios.tsv"
#: The day to which hand_portfolios.tsv is known to be right: an open hand term ends here, as an open
#: sourced one ends at its list's snapshot, so that no stale minister is named for years.
HAND_PORTFOLIO_SNAPSHOT = "2025-06-30"
HAND_PORTFOLIO_NOTE = "hand: the state's sourced list has no holder of this portfolio"
_MINISTER = re.compile(r"minister (?:of|for) (?:the )?", re.IGNORECASE)
#: A new person whose every Arabic name word has the consonant skeleton of a word this common (Zipf 5:
#: once in 10,000 words) is not added: the linker, which matches names by skeleton, would find the
#: name in ordinary text (علي علاوي in على أعلى). Of the 16 people the cabinets would add, two read
#: so at 5.0 (علي علاوي، قصي السهيل); at 4.0 ten would, names with a rare surname among them.
COMMON_ZIPF = 5.0
#: A new person (a source's label or a names_ar.tsv row) is also left out when one word of the name
#: is this common and no catalog person's name has it: the NER reads every word of a catalog name as
#: evidence of a name, and رحمة (Rahma, "mercy") made 29 "رحمه الله" of 2,000 SaudiNewsNet articles
#: NIL persons; باسم ("on behalf of"), المصري ("Egyptian"), خلف ("behind") were the others at 5.0;
#: الأحمر ("red", Ali Mohsen al-Ahmar's label) would be "البحر الأحمر". Particles stay allowed.
NAME_WORD_ZIPF = 4.8
NAME_PARTICLES = frozenset({"بن", "بنت", "ابن", "ال", "ولد", "ابو", "عبد"})
#: A name with a lineage word inside it (سيف بن زايد آل نهيان، حمادي ولد أميمو: folded, آل is ال) or of
#: NAME_CHAIN_WORDS words or more (حسبو محمد عبد الرحمن) never reads as common words: ordinary text does not
#: write such a chain, and the skeleton index reads names of two and three words only. Of the 133 sourced
#: people the rule left out (December 2026), 29 are such names: Saif bin Zayed, Oman's deputy prime
#: ministers, Bahrain's and Mauritania's ministers, Sudan's vice president Hassabo.
LINEAGE_WORDS = frozenset({"بن", "بنت", "ابن", "ال", "ولد"})
NAME_CHAIN_WORDS = 4
#: The common name words of rasd's romanizer (given names and family names news writes most, folded,
#: without the article): a new person named by two of them alone, each of Zipf COMMON_NAME_ZIPF or more
#: (محمد الحسين: 6.1, 4.7), is too common a name to be one person's; the linker, which reads a name with
#: or without its article, gave every "محمد حسين" of 1,501 SaudiNewsNet articles (three spans) to a
#: Syrian minister of 2003-2011. At 4.5 that name is the only one of the sourced lists left out; without
#: the frequency floor مشعل السلمي (4.1, 4.2), a speaker of the Arab Parliament, would be too.
COMMON_NAMES_FILE = "nlp/name_words.tsv"
COMMON_NAME_ZIPF = 4.5
FIRST_YEAR = "2000"  # the catalog covers offices held from 2000 on
NEW_PERSON_FROM = "2010"  # a person the catalog lacks is added for terms ending in or after this year
TSV_COLUMNS = ("qid", "name_en", "name_ar", "role", "of", "start", "end", "position", "source")
LICENCE = "CC0-1.0 (Wikidata)"
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[A-Za-z]")


# ------------------------------------------------------------------------------------------------ extract


class Reader:
    """Reads a file of a repository at a commit, from clones (--sources) or bare mirrors (--mirrors)."""

    def __init__(self, sources: Path | None, mirrors: Path | None) -> None:
        self.sources, self.mirrors = sources, mirrors

    def git_dir(self, repo: str) -> Path:
        if self.sources is not None:
            return self.sources / OWNER / repo / ".git"
        if self.mirrors is not None:
            return self.mirrors / f"{OWNER}+{repo}" / "repo"
        raise SystemExit("extract needs --sources DIR or --mirrors DIR")

    def date(self, repo: str, commit: str) -> str:
        """The commit's date: the day the list was last refreshed."""
        command = ["git", "--git-dir", str(self.git_dir(repo)), "log", "-1", "--format=%cs", commit]
        return subprocess.run(command, capture_output=True, check=True, text=True).stdout.strip()

    def read(self, repo: str, commit: str, path: str) -> str | None:
        command = ["git", "--git-dir", str(self.git_dir(repo)), "show", f"{commit}:{path}"]
        result = subprocess.run(command, capture_output=True, check=False)
        if result.returncode != 0:
            if b"does not exist" in result.stderr or b"exists on disk, but not in" in result.stderr:
                return None
            raise SystemExit(f"cannot read {repo}@{commit}:{path}: {result.stderr.decode().strip()}")
        return result.stdout.decode("utf-8")


def _rows(text: str | None) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text))) if text else []


def _role(repo: str, label: str) -> tuple[str, str] | None:
    if repo == "world":
        return WORLD.get(label)
    if (repo, label) in EXCLUDE:
        return None
    if label in BODY_OFFICES.get(repo, {}):
        return BODY_OFFICES[repo][label]
    role = POSITIONS.get(repo, {}).get(label) or POSITIONS["*"].get(label)
    role = role or OFFICIALS_OF.get(repo, {}).get(label) or OFFICIALS.get(label)
    if not role and repo in AMBASSADOR_LISTS and label.casefold().startswith(AMBASSADOR_PREFIX):
        role = "ambassador"
    state = SOURCES[repo][1]
    if not role and state in MINISTRIES_OF:
        role = "deputy_prime_minister" if label == DEPUTY_PRIME_MINISTER else portfolio_role(repo, label)
    return (role, state) if role else None


@functools.cache
def read_portfolios() -> dict[str, dict[str, str]]:
    """portfolios.tsv: repository ("" for every list) -> portfolio (casefolded) -> role."""
    table: dict[str, dict[str, str]] = defaultdict(dict)
    for line in PORTFOLIOS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        role, portfolio, repo, *_ = [*line.split("\t"), "", ""]
        table[repo][portfolio.casefold()] = role
    return dict(table)


def portfolio_role(repo: str, label: str) -> str | None:
    """The role of a cabinet minister's label, by the first portfolio it names (portfolios.tsv).

    "Minister of Energy and Mines" is energy_minister: the longest listed portfolio that the label's
    portfolio starts with, then ends or goes on with " and", "," or " &". Junior posts ("Minister of
    State for …", "Deputy Minister of …") and unlisted portfolios give None.
    """
    m = _MINISTER.match(label)
    if m is None:
        return None
    rest = label[m.end() :].casefold()
    table = read_portfolios()
    for rows in (table.get(repo, {}), table.get("", {})):
        found = [
            p
            for p in rows
            if rest == p or (rest.startswith(p) and rest[len(p) :].startswith((" and", ",", " &")))
        ]
        if found:
            return rows[max(found, key=len)]
    return None


def _arabic_labels(reader: Reader) -> dict[str, tuple[str, str]]:
    """Wikidata id -> (Arabic label, source key), from every list whose label came back in Arabic."""
    labels: dict[str, tuple[str, str]] = {}

    def take(qid: str, name: str, key: str) -> None:
        name = " ".join(_enwiki(name).split())  # without a disambiguation: محمد الفارس (سياسي)
        if qid and _ARABIC.search(name) and not _LATIN.search(name) and qid not in labels:
            labels[qid] = (name, key)

    for repo, paths in ARABIC_LABELS.items():
        commit = SOURCES[repo][0]
        for path in paths:
            for row in _rows(reader.read(repo, commit, path)):
                take(row.get("item", ""), row.get("itemLabel", ""), f"ep/{repo}:{path}")
    for repo, (commit, _) in SOURCES.items():
        for row in _rows(reader.read(repo, commit, HOLDERS)):
            take(row.get("personID", ""), row.get("person", ""), f"ep/{repo}")
        for row in _rows(reader.read(repo, commit, BIO)):
            take(row.get("id", ""), row.get("name", ""), f"ep/{repo}:{BIO}")
    for repo in BIO_JSON_LISTS:
        for item in _items(reader.read(repo, SOURCES[repo][0], BIO_JSON)):
            name = item.get("labels", {}).get("ar") or item.get("sitelinks", {}).get("arwiki") or ""
            take(item.get("id", ""), name, f"ep/{repo}:{BIO_JSON}")
    return labels


def _items(text: str | None) -> list[dict]:
    """The items of a bio.json (JSON lines), none when the list has no such file."""
    return [json.loads(line) for line in (text or "").splitlines() if line.strip()]


def extract(reader: Reader) -> tuple[list[dict[str, str]], list[tuple[str, ...]]]:
    labels = _arabic_labels(reader)
    rows, seen = [], set()
    for repo, (commit, _) in SOURCES.items():
        for row in _rows(reader.read(repo, commit, HOLDERS)):
            mapped = _role(repo, row["position"])
            qid = row.get("personID", "")
            if not mapped or not re.fullmatch(r"Q\d+", qid) or (repo, row["position"], qid) in EXCLUDE_TERMS:
                continue
            end = row.get("end", "")
            if end and row.get("start") and end < row["start"]:
                continue  # a term that ends before it starts: an error in the source
            if end and end[:4] < FIRST_YEAR:
                continue
            name_en = row["person"] if _LATIN.search(row["person"]) else _enwiki(row.get("enwiki", ""))
            out = {
                "qid": qid,
                "name_en": " ".join(name_en.split()),
                "name_ar": labels.get(qid, ("", ""))[0],
                "role": mapped[0],
                "of": mapped[1],
                "start": row.get("start", ""),
                "end": end,
                "position": row["position"],
                "source": f"ep/{repo}",
            }
            key = tuple(out[c] for c in ("qid", "role", "of", "start", "end"))
            if key not in seen:
                seen.add(key)
                rows.append(out)
    rows.sort(key=lambda r: (r["of"], r["role"], r["start"], r["qid"]))
    dates = {repo: reader.date(repo, commit) for repo, (commit, _) in SOURCES.items()}
    files = [(f"ep/{repo}", repo, HOLDERS) for repo in SOURCES]
    files += [(f"ep/{repo}:{path}", repo, path) for repo, paths in ARABIC_LABELS.items() for path in paths]
    files += [(f"ep/{repo}:{BIO}", repo, BIO) for repo in SOURCES]
    files += [(f"ep/{repo}:{BIO_JSON}", repo, BIO_JSON) for repo in BIO_JSON_LISTS]
    listed = [(key, f"{OWNER}/{repo}", SOURCES[repo][0], path, dates[repo]) for key, repo, path in files]
    return rows, listed


def _enwiki(title: str) -> str:
    return re.sub(r"\s*\([^)]*\)$", "", title)


def write_sourced(rows: list[dict[str, str]], files: list[tuple[str, ...]]) -> None:
    SOURCED.mkdir(parents=True, exist_ok=True)
    with (SOURCED / "offices.tsv").open("w", encoding="utf-8") as out:
        out.write("# Office holders from Wikidata via the EveryPolitician scrapers (CC0). Generated by\n")
        out.write("# scripts/build_sourced_catalog.py: never edit by hand. Dates as the source gives them\n")
        out.write("# (YYYY, YYYY-MM or YYYY-MM-DD; end empty = in office at the source's commit).\n")
        out.write("# " + "\t".join(TSV_COLUMNS) + "\n")
        for row in rows:
            out.write("\t".join(row[c] for c in TSV_COLUMNS) + "\n")
    with (SOURCED / "sources.tsv").open("w", encoding="utf-8") as out:
        out.write("# The files offices.tsv was built from. Generated by scripts/build_sourced_catalog.py.\n")
        out.write("# key\trepository\tcommit\tpath\tlicence\tcommit date\n")
        for key, repo, commit, path, date in files:
            out.write(f"{key}\t{repo}\t{commit}\t{path}\t{LICENCE}\t{date}\n")


# ------------------------------------------------------------------------------------------------ merge


@dataclass
class Term:
    qid: str
    name_en: str
    name_ar: str
    role: str
    of: str
    start: str  # as the source gives it
    end: str
    source: str

    def start_date(self) -> dt.date:
        return _lower(self.start) if self.start else dt.date(1900, 1, 1)

    def end_date(self) -> dt.date:
        return _upper(self.end) if self.end else dt.date(9000, 12, 31)


def _lower(value: str) -> dt.date:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def _upper(value: str) -> dt.date:
    if len(value) == 10:
        return dt.date.fromisoformat(value)
    if len(value) == 7:
        y, m = (int(p) for p in value.split("-"))
        return dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(int(value), 12, 31)


def read_sourced() -> list[Term]:
    terms = []
    for line in (SOURCED / "offices.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        row = dict(zip(TSV_COLUMNS, line.split("\t"), strict=True))
        terms.append(Term(**{k: row[k] for k in Term.__dataclass_fields__}))
    return terms


def name_key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[-‐‑–'’`.,]", " ", text)
    return " ".join(text.split())


def loose_key(name: str) -> str:
    words = [w for w in name_key(name).split() if w not in ("al", "el", "bin", "ibn", "bn", "ben", "ould")]
    return " ".join(words)


_TITLES_AR = {"الشيخ", "الأمير", "السيد", "الدكتور", "اللواء", "الفريق", "المشير", "العميد"}


def _skeleton(name: str) -> list[str]:
    """English name words without particles, vowels and doubled letters: Mohammed, Muhammad -> mhmd.

    A word left with one letter keeps its vowels: Ali and Aloulou are both "l", which made Mohamed
    Aloulou (a Tunisian minister of 2011) the same man as Mohamed Ali Nafti.
    """
    words = []
    for plain in loose_key(name).split():
        word = re.sub(r"[aeiouy]", "", plain.replace("kh", "k").replace("ou", "u"))
        word = re.sub(r"(.)\1+", r"\1", word)
        if word:
            words.append(word if len(word) > 1 else plain)
    return words


def _arabic_words(name: str) -> list[str]:
    titles = {fold(t) for t in _TITLES_AR}
    words = [w for w in fold(name).split() if w not in titles]
    return [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words]


def _similar(a: str, b: str, words) -> float:
    """Jaccard similarity of the two names' word sets, 0 unless the first words agree."""
    x, y = words(a), words(b)
    if not x or not y or x[0] != y[0]:
        return 0.0
    return len(set(x) & set(y)) / len(set(x) | set(y))


#: Offices below the top that a list stops following at its snapshot, like a cabinet portfolio: an open
#: sourced term of one ends there (no hand term follows them; a stale ambassador or deputy would be
#: named for years).
SNAPSHOT_ENDED = frozenset({"ambassador", "deputy_foreign_minister", "foreign_state_minister"})
#: Offices several people hold at once.
SHARED_ROLES = {
    "vice_president",
    "deputy_prime_minister",
    "ambassador",
    "deputy_foreign_minister",
    "foreign_state_minister",
}


def portfolio_roles() -> frozenset[str]:
    """The cabinet offices read from the whole cabinets of MINISTRIES_OF (no hand terms follow them)."""
    return frozenset(
        {"deputy_prime_minister", *(r for rows in read_portfolios().values() for r in rows.values())}
    )


def _overlap(term: Term, office: dict, snapshot: str) -> float:
    """Days both terms cover, as a share of the shorter one (an open sourced term ends at the snapshot)."""
    o_start = dt.date.fromisoformat(office["start"])
    o_end = dt.date.fromisoformat(office["end"]) if office.get("end") else dt.date.today()
    t_end = term.end_date() if term.end else dt.date.fromisoformat(snapshot or dt.date.today().isoformat())
    common = (min(t_end, o_end) - max(term.start_date(), o_start)).days
    shorter = min((t_end - term.start_date()).days, (o_end - o_start).days) or 1
    return max(common, 0) / shorter


def _merge_terms(terms: list[Term]) -> list[Term]:
    """A person's sourced terms of one office, overlapping or touching ones joined (cabinets renewed)."""
    terms = sorted(terms, key=lambda t: t.start_date())
    out: list[Term] = []
    for term in terms:
        last = out[-1] if out else None
        if last and term.start_date() <= last.end_date() + dt.timedelta(days=31):
            if term.end_date() > last.end_date():
                last.end = term.end
        else:
            out.append(Term(**vars(term)))
    return out


def _day(value: str) -> bool:
    return len(value) == 10


def _iso_note(value: str, which: str) -> tuple[str, str | None]:
    """An ISO date for a sourced date of any precision, and the note the catalog's convention asks for."""
    if len(value) == 10:
        return value, None
    if len(value) == 7:
        return value + "-01", f"{which}: day unknown (first of the month)"
    return value + "-01-01", f"{which}: day and month unknown (1 January)"


def _slug(name: str) -> str:
    return "per:" + "-".join(name_key(name).replace("(", " ").replace(")", " ").split())


def read_hand_names(path: Path = HAND_NAMES) -> dict[str, tuple[str, list[str]]]:
    """names_ar.tsv: Wikidata id -> (Arabic name, aliases), written by hand where the source has none."""
    names: dict[str, tuple[str, list[str]]] = {}
    if not path.exists():
        return names
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#") or not line.strip():
            continue
        qid, name_ar, aliases, *_ = [*line.split("\t"), "", ""]
        forms = [name_ar, *aliases.split("|")]
        latin = any(_LATIN.search(form) for form in forms)
        if not re.fullmatch(r"Q\d+", qid) or not _ARABIC.search(name_ar) or latin or qid in names:
            raise SystemExit(f"{path.name}:{number}: bad or repeated row")
        names[qid] = (name_ar.strip(), [a.strip() for a in aliases.split("|") if a.strip()])
    return names


def common_reader(zipf_min: float = COMMON_ZIPF) -> Callable[[str], bool]:
    """Whether an Arabic name reads as common words: every word, or a word spelled with other vowels
    (its consonant skeleton, as the linker matches names), is a word of wordfreq's Arabic list at
    `zipf_min` or more. علي علاوي is read so (على أعلى); a name with one rarer word is not."""
    frequencies = load_word_frequencies()
    common: set[str] = set()
    for word, freq in frequencies.items():
        if zipf(freq) >= zipf_min:
            common.add(skeleton(word))

    def reads_as_common(name: str) -> bool:
        words = [w for w in name.split() if not w.startswith("(")]
        if len(words) >= NAME_CHAIN_WORDS or {fold(w) for w in words[1:-1]} & LINEAGE_WORDS:
            return False  # a chain no ordinary sentence writes, and longer than the skeleton index reads
        return bool(words) and all(skeleton(w) in common for w in words)

    return reads_as_common


@functools.cache
def common_name_words() -> frozenset[str]:
    """The folded Arabic words of COMMON_NAMES_FILE, without the article."""
    return frozenset(
        without_article(fold(r["arabic"])) for r in read_tsv(COMMON_NAMES_FILE, ("arabic", "english"))
    )


class Merger:
    def __init__(
        self,
        lines: list[str],
        snapshots: dict[str, str],
        reads_as_common: Callable[[str], bool] | None = None,
        hand_names: dict[str, tuple[str, list[str]]] | None = None,
    ) -> None:
        self.lines = lines
        self.hand_names = hand_names or {}
        self.romanizer: Romanizer | None = None
        self.name_words: set[str] | None = None  # the words of catalog names, read when first needed
        self.frequencies: Mapping[str, float] | None = None
        self.reads_as_common = reads_as_common or common_reader()
        self.people: list[dict] = [json.loads(line) for line in lines if _content(line)]
        self.snapshots = snapshots
        self.by_qid = {p["qid"]: p for p in self.people if p.get("qid")}
        self.by_name: dict[str, list[dict]] = defaultdict(list)
        self.by_loose: dict[str, list[dict]] = defaultdict(list)
        for person in self.people:
            for name in (person["name_en"], *person.get("aliases_en", [])):
                self.by_name[name_key(name)].append(person)
                self.by_loose[loose_key(name)].append(person)
        self.log: list[str] = []
        self.added: list[dict] = []
        self.missing: list[list[Term]] = []  # people left out for lack of an Arabic name (--missing)
        self.pending: list[tuple[dict, Term]] = []
        self.sourced: dict[tuple[str, str], list[Term]] = defaultdict(list)  # (role, of) -> terms

    def find(self, terms: list[Term]) -> dict | None:
        qid = terms[0].qid
        if qid in self.by_qid:
            return self.by_qid[qid]
        states = {t.of for t in terms}
        for index, key in ((self.by_name, name_key), (self.by_loose, loose_key)):
            names = {key(t.name_en) for t in terms if t.name_en}
            found = {id(p): p for n in names for p in index.get(n, [])}
            candidates = [
                p
                for p in found.values()
                if not p.get("qid") and states & {o["of"] for o in p.get("offices", [])}
            ]
            if len(candidates) == 1:
                return candidates[0]
            if len(candidates) > 1:
                self.log.append(f"ambiguous {qid} {terms[0].name_en}: {[p['id'] for p in candidates]}")
                return None
        # spelling variants (Mohammed/Mohammad, a name with or without the grandfather's): the same
        # first word and most words in common (Jaccard >= 0.6), and one candidate clearly best
        scored = []
        for person in self.people:
            if person.get("qid") or not states & {o["of"] for o in person.get("offices", [])}:
                continue
            # English and, where the source gives it, Arabic must both agree (the Al-Sabah names share
            # most of their words in one script or the other)
            score = max(
                min(
                    _similar(t.name_en, person["name_en"], _skeleton),
                    _similar(t.name_ar, person["name_ar"], _arabic_words) if t.name_ar else 1.0,
                )
                for t in terms
            )
            if score >= 0.6:
                scored.append((score, person))
        scored.sort(key=lambda pair: -pair[0])
        if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            self.log.append(f"fuzzy {qid} {terms[0].name_en} / {terms[0].name_ar} = {scored[0][1]['id']}")
            return scored[0][1]
        if scored:
            self.log.append(f"ambiguous {qid} {terms[0].name_en}: {[p['id'] for _, p in scored]}")
            return None
        return self.find_by_office(terms)

    def find_by_office(self, terms: list[Term]) -> dict | None:
        """A hand holder of the same one-holder office for most of the same time, sharing a name word.

        Catches regnal and long names: "Salman of Saudi Arabia" is Salman bin Abdulaziz Al Saud,
        "Matamela Cyril Ramaphosa" is Cyril Ramaphosa.
        """
        found = {}
        for term in terms:
            if term.role in SHARED_ROLES or not term.start:
                continue
            words = set(_skeleton(term.name_en))
            for person in self.people:
                if person.get("qid") or not words & set(_skeleton(person["name_en"])):
                    continue
                for office in person.get("offices", []):
                    same = office["role"] == term.role and office["of"] == term.of and office.get("start")
                    if same and _overlap(term, office, self.snapshots.get(term.source, "")) >= 0.5:
                        found[person["id"]] = person
        if len(found) == 1:
            person = next(iter(found.values()))
            self.log.append(f"by office {terms[0].qid} {terms[0].name_en} = {person['id']}")
            return person
        return None

    def run(self, sourced: list[Term]) -> None:
        by_person: dict[str, list[Term]] = defaultdict(list)
        for term in sourced:
            by_person[term.qid].append(term)
            self.sourced[(term.role, term.of)].append(term)
        for person in self.people:
            for office in person.get("offices", []):
                office["source"] = "hand"
        for qid, terms in by_person.items():
            person = self.find(terms)
            if person is None:
                person = self.new_person(terms)
                if person is None:
                    continue
            elif not person.get("qid"):
                person["qid"] = qid
                self.by_qid[qid] = person
            groups: dict[tuple[str, str], list[Term]] = defaultdict(list)
            for term in terms:
                groups[(term.role, term.of)].append(term)
            for group in groups.values():
                for term in _merge_terms(group):
                    self.apply(person, term)
        # new offices only once every hand term has its sourced dates: clashes and successors are
        # judged on the updated catalog, so that a second merge changes nothing
        for person, term in self.pending:
            self.add(person, term)
        for person in [p for p in self.added if not p["offices"]]:  # every term another holder's
            self.log.append(f"not added, no office left: {person['qid']} {person['name_en']}")
            self.people.remove(person)
            self.lines.remove(None)  # type: ignore[arg-type]  # its placeholder
            del self.by_qid[person["qid"]]
        for person in self.people:
            self.english_names(person, by_person.get(person.get("qid", ""), []))
        for person in self.people:
            offices = person.get("offices", [])
            for office in offices:
                office.pop("_matched", None)
            sourced_any = any(o["source"] != "hand" for o in offices)
            if sourced_any:
                person.pop("source", None)
            else:
                person["source"] = "hand"

    def english_names(self, person: dict, terms: list[Term]) -> None:
        """An Arab office holder printed with the source's label gets the usual English forms
        (`english_forms`): the label without a title as the name, the other forms as aliases. A name
        written by hand (no label of the source) is left alone."""
        if person["name_en"] not in {t.name_en for t in terms}:
            return
        if not {o["of"] for o in person.get("offices", [])} & ARAB_LEAGUE:
            return
        name, aliases = english_forms(person["name_en"])
        if name != person["name_en"]:
            self.log.append(f"english name: {person['id']} {person['name_en']} -> {name}")
            person["name_en"] = name
        known = {name_key(n) for n in (person["name_en"], *person.get("aliases_en", []))}
        for alias in aliases:
            if name_key(alias) not in known:
                person.setdefault("aliases_en", []).append(alias)
                known.add(name_key(alias))
                self.log.append(f"english alias: {person['id']} {alias}")

    def new_person(self, terms: list[Term]) -> dict | None:
        term = terms[0]
        recent = [t for t in terms if not t.end or t.end[:4] >= NEW_PERSON_FROM]
        if not recent:
            return None
        name_ar = next((t.name_ar for t in terms if t.name_ar), "")
        name_en = next((t.name_en for t in terms if _LATIN.search(t.name_en)), "")
        aliases: list[str] = []
        notes = []
        if not name_ar and term.qid in self.hand_names:
            name_ar, aliases = self.hand_names[term.qid]
            notes.append(HAND_NAME_NOTE)
            word = self.new_common_word(name_ar)
            if word:
                self.log.append(f"common name word: {term.qid} {name_ar} ({word})")
                return None
            aliases = [a for a in aliases if not self.new_common_word(a)]
            same, taken = self.same_names(term.qid, name_en or term.name_en, [name_ar, *aliases])
            if same is not None or taken:
                return same
        if not name_ar:
            self.log.append(f"missing Arabic name: {term.qid} {term.name_en}")
            self.missing.append(terms)
            return None
        if not name_en:
            # Wikidata has only the Arabic label: the English name is the one rasd gives an unknown
            # person so named (rasd.nlp.romanize), so the gold's spelling is matched no worse
            self.romanizer = self.romanizer or load_romanizer()  # read once, on first need
            name_en = romanize(name_ar, romanizer=self.romanizer)
            notes.append("name_en: romanized by rasd (the source has no English label)")
            self.log.append(f"romanized: {term.qid} {name_ar} -> {name_en}")
        if self.reads_as_common(name_ar):
            # a hand name may have a longer form that does not (خالد مهوس السعيد for خالد السعيد)
            longer = [a for a in aliases if not self.reads_as_common(a)]
            if not longer:
                self.log.append(f"common words: {term.qid} {name_en} / {name_ar}")
                return None
            self.log.append(f"common words, named by an alias: {term.qid} {name_ar} -> {longer[0]}")
            name_ar, aliases = longer[0], longer[1:]
        if self.common_name(name_ar):
            self.log.append(f"two common name words: {term.qid} {name_ar}")
            return None
        word = None if notes and notes[0] == HAND_NAME_NOTE else self.new_common_word(name_ar)
        if word:  # a source's label too: الأحمر would make every "البحر الأحمر" evidence of a name
            self.log.append(f"common name word: {term.qid} {name_ar} ({word})")
            return None
        ids = {p["id"] for p in self.people}
        pid = _slug(name_en)
        if pid in ids:
            pid = f"{pid}-{term.qid.lower()}"
        person = {"id": pid, "name_en": name_en, "name_ar": name_ar, "qid": term.qid, "offices": []}
        # a hand alias (the name with or without the father's) is kept unless it reads as common words
        kept = [a for a in aliases if a != name_ar and not self.reads_as_common(a)]
        for alias in set(aliases) - set(kept) - {name_ar}:
            self.log.append(f"alias dropped, common words: {term.qid} {alias}")
        if kept:
            person["aliases_ar"] = kept
        if notes:
            person["note"] = "; ".join(notes)
        self.people.append(person)
        self.lines.append(None)  # type: ignore[arg-type]  # placeholder: appended at the end
        self.by_qid[term.qid] = person
        self.added.append(person)
        return person

    def common_name(self, name: str) -> bool:
        """Whether `name` is two words, both common name words (COMMON_NAMES_FILE) and both of Zipf
        COMMON_NAME_ZIPF or more: محمد الحسين."""
        words = fold(name).split()
        if len(words) != 2 or not all(without_article(w) in common_name_words() for w in words):
            return False
        self.frequencies = self.frequencies or load_word_frequencies()
        return all(zipf(self.frequencies.get(w, 0.0)) >= COMMON_NAME_ZIPF for w in words)

    def new_common_word(self, name: str) -> str | None:
        """A word of `name` of Zipf NAME_WORD_ZIPF or more that no catalog name (but hand-named ones) has."""
        if self.name_words is None:
            self.name_words = {
                w
                for p in self.people
                if HAND_NAME_NOTE not in (p.get("note") or "")
                for n in (p["name_ar"], *p.get("aliases_ar", []))
                for w in fold(n).split()
            }
            self.frequencies = self.frequencies or load_word_frequencies()
        for word in fold(name).split():
            if word in NAME_PARTICLES or word in self.name_words:
                continue
            if zipf(self.frequencies.get(word, 0.0)) >= NAME_WORD_ZIPF:
                return word
        return None

    def same_names(self, qid: str, name_en: str, names_ar: list[str]) -> tuple[dict | None, bool]:
        """A catalog person with this English name and one of these Arabic names, whatever his offices.

        find() wants a shared state, so Mark Rutte, in the catalog as NATO's secretary general, is not
        found from the Dutch list; with the hand Arabic name agreeing too, he is the same man (and gets
        the Wikidata id). A person who shares only the Arabic name is a namesake: the source's person is
        then left out, logged. Returns (the same person or None, whether the name is taken).
        """
        folded = {fold(n) for n in names_ar}
        for person in self.people:
            if not folded & {fold(n) for n in (person["name_ar"], *person.get("aliases_ar", []))}:
                continue
            english = {name_key(n) for n in (person["name_en"], *person.get("aliases_en", []))}
            if name_key(name_en) in english and not person.get("qid"):
                self.log.append(f"same names: {qid} {name_en} = {person['id']}")
                person["qid"] = qid
                self.by_qid[qid] = person
                return person, True
            self.log.append(f"hand name taken: {qid} {name_en} / {sorted(folded)} by {person['id']}")
            return None, True
        return None, False

    def apply(self, person: dict, term: Term) -> None:
        offices = person.setdefault("offices", [])
        start, end = term.start_date(), term.end_date()
        slack = dt.timedelta(days=31)
        overlapping = []  # (days in common, office): hand terms of the same office that meet this one
        for office in offices:
            if office["role"] != term.role or office["of"] != term.of:
                continue
            o_start = dt.date.fromisoformat(office["start"]) if office.get("start") else dt.date(1900, 1, 1)
            o_end = dt.date.fromisoformat(office["end"]) if office.get("end") else dt.date(9000, 12, 31)
            if start <= o_end + slack and o_start <= end + slack:
                overlapping.append(((min(end, o_end) - max(start, o_start)).days, office))
        if any(o.get("_matched") for _, o in overlapping) or len(overlapping) > 1:
            # the hand splits the term more finely (acting, then elected), or an earlier sourced term
            # already matched it: the hand terms stay, and are marked as confirmed by the source
            for _, office in overlapping:
                if not office.get("_matched"):
                    office["source"], office["_matched"] = term.source, True
            self.log.append(f"kept hand terms {person['id']} {term.role} {term.of} {term.start}..{term.end}")
            return
        if not overlapping:
            self.pending.append((person, term))
            return
        self.update(person, term, overlapping[0][1])

    def add(self, person: dict, term: Term) -> None:
        """A sourced term the catalog lacks, unless another holder has that one-holder office then."""
        offices = person.setdefault("offices", [])
        notes: list[str] = []
        snapshot = self.snapshots.get(term.source, "")
        if term.role not in SHARED_ROLES:
            snapshot_day = snapshot
            for other in self.people:
                for office in other.get("offices", []) if other is not person else []:
                    same = office["role"] == term.role and office["of"] == term.of and office.get("start")
                    if same and not office.get("acting") and _overlap(term, office, snapshot_day) >= 0.5:
                        # another holder of a one-holder office at the same time in the catalog (a
                        # sultan keeping the foreign portfolio while a minister runs it): not added
                        self.log.append(
                            f"CLASH {person['id']} {term.role} {term.of} {term.start}..{term.end}"
                            f" with {other['id']}"
                        )
                        return
        new_start, note = _iso_note(term.start, "start") if term.start else (None, "start: not in the source")
        notes += [note] if note else []
        new_end: str | None = None
        if term.end:
            new_end, note = _iso_note(term.end, "end")
            notes += [note] if note else []
            cut = self.next_start(term)
            if cut is not None:
                new_end = (cut[0] - dt.timedelta(days=1)).isoformat()
                notes[-1] = f"end: the day before {cut[1]}'s start in the source, which gives {term.end}"
            elif len(term.end) < 10:  # a year or month: the last day, so the term is not cut short
                new_end = _upper(term.end).isoformat()
                notes[-1] = (
                    notes[-1]
                    .replace("first of the month", "last of the month")
                    .replace("1 January", "31 December")
                )
        else:
            successor = self.successor(person, term)
            if successor and term.role in portfolio_roles() and successor[0] > snapshot:
                successor = None  # after the snapshot the source cannot say the portfolio was still held
            if successor:
                new_end = (dt.date.fromisoformat(successor[0]) - dt.timedelta(days=1)).isoformat()
                new_end = max(new_end, new_start or new_end)
                notes.append(
                    f"end: the day before {successor[1]}'s next office in the catalog"
                    f" (the source's snapshot is {snapshot})"
                )
            elif (term.role in portfolio_roles() or term.role in SNAPSHOT_ENDED) and snapshot:
                # cabinets change with every reshuffle and no hand term follows these: a term left open
                # would name a stale minister for years, so it ends where the source's knowledge does
                new_end = max(snapshot, new_start or snapshot)
                notes.append(f"end: the source's snapshot ({snapshot}); whether the term went on is unknown")
            else:
                notes.append(f"end: in office at the source's snapshot ({snapshot}); later changes unknown")
        office = {"role": term.role, "of": term.of, "start": new_start, "end": new_end}
        if notes:
            office["note"] = "; ".join(notes)
        office["source"] = term.source
        office["_matched"] = True
        offices.append(office)
        self.log.append(f"added office {person['id']} {term.role} {term.of} {new_start}..{new_end}")

    def update(self, person: dict, term: Term, match: dict) -> None:
        """The sourced dates of a hand term of the same office, where they are better.

        The source's day-exact date wins when it is within 40 days
        of the hand's, or the hand's is approximate (noted), or the hand has none; a larger
        disagreement keeps the hand's date and notes the source's (Wikidata often dates a term from
        a later cabinet). The hand keeps what the source does not know: days it gives only as a
        month or year, and ends after its snapshot.
        """
        changed = []
        for field, value in (("start", term.start), ("end", term.end)):
            hand = match.get(field)
            if not value or not _day(value) or value == hand:
                continue
            approximate = any(p.strip().startswith(f"{field}:") for p in (match.get("note") or "").split(";"))
            if hand is None or approximate or not _far2(hand, value):
                changed.append(f"{field} {hand} -> {value}")
                match[field] = value
                match["note"] = _drop_note(match.get("note"), f"{field}:")
            else:
                conflict = f"the source gives {field} {value} (hand date kept)"
                if conflict not in (match.get("note") or ""):
                    match["note"] = "; ".join(filter(None, [match.get("note"), conflict]))
                self.log.append(
                    f"CONFLICT {person['id']} {term.role} {term.of}: {field} hand {hand}, source {value}"
                )
        if term.end and not _day(term.end) and not match.get("end"):
            match["end"] = _upper(term.end).isoformat()
            changed.append(f"end None -> {match['end']} (source: {term.end})")
        if match.get("start") and match.get("end") and match["start"] > match["end"]:
            raise SystemExit(f"{person['id']} {term.role} {term.of}: merged term ends before it starts")
        if not match.get("note"):
            match.pop("note", None)
        if changed:
            self.log.append(f"dates {person['id']} {term.role} {term.of}: {'; '.join(changed)}")
        match["source"] = term.source
        match["_matched"] = True

    def next_start(self, term: Term) -> tuple[dt.date, str] | None:
        """For a term whose end the source gives as a year or month: the day-exact start of another
        holder of that one-holder office within that year or month, the earliest, and his name.

        Qasim al-Araji's term "ends 2019": Yassin al-Yasiri's starts on 2019-06-24, so Araji's ends on
        the 23rd rather than on 31 December, where it would hide his successor's term as a clash.
        """
        if not term.end or _day(term.end) or term.role in SHARED_ROLES:
            return None
        low, high = _lower(term.end), _upper(term.end)
        found = [
            (other.start_date(), other.name_en)
            for other in self.sourced.get((term.role, term.of), ())
            if other.qid != term.qid and _day(other.start) and low <= other.start_date() <= high
        ]
        return min(found) if found else None

    def successor(self, person: dict, term: Term) -> tuple[str, str] | None:
        """When an open sourced term ended, by the catalog: (start of the next holder, who), or None.

        The next holder is the earliest later non-acting holder of the same office (not of an office
        several hold at once), or the person's own next office of the same state outside the cabinet
        portfolios (a defence minister who became president; a minister keeps his portfolio when he
        also becomes deputy prime minister or takes a second one).
        """
        best = None
        for other in self.people:
            for office in other.get("offices", []):
                if office["of"] != term.of or not office.get("start") or office.get("acting"):
                    continue
                if (other is person) == (office["role"] == term.role):
                    continue
                if other is person and office["role"] in portfolio_roles():
                    continue
                if other is not person and term.role in SHARED_ROLES:
                    continue
                if office["start"] > (term.start or "") and (best is None or office["start"] < best[0]):
                    best = (office["start"], other["name_en"])
        return best

    def text(self) -> str:
        out, people = [], iter(self.people)
        for line in self.lines:
            if line is None or _content(line):
                person = next(people)
                out.append(json.dumps(_ordered(person), ensure_ascii=False))
            else:
                out.append(line)
        return "\n".join(out) + "\n"


def _far2(a: str, b: str) -> bool:
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) > 40


def _drop_note(note: str | None, prefix: str) -> str | None:
    if not note:
        return None
    parts = [p.strip() for p in note.split(";") if not p.strip().startswith(prefix)]
    return "; ".join(parts) or None


_PERSON_ORDER = ("id", "name_en", "name_ar", "aliases_ar", "aliases_en", "qid", "source", "offices", "note")
_OFFICE_ORDER = ("role", "of", "start", "end", "acting", "note", "source")


def _ordered(person: dict) -> dict:
    out = {k: person[k] for k in _PERSON_ORDER if k in person}
    out.update({k: v for k, v in person.items() if k not in out})
    if "offices" in out:
        out["offices"] = [
            {
                **{k: o[k] for k in _OFFICE_ORDER if k in o},
                **{k: v for k, v in o.items() if k not in _OFFICE_ORDER},
            }
            for o in out["offices"]
        ]
    return out


def _content(line: str) -> bool:
    return bool(line.strip()) and not line.lstrip().startswith("#")


#: The offices whose holders Arab news names most: a person left out for lack of an Arabic name who
#: held one of them is listed first by --missing (then by Arab League state and by latest year).
KEY_ROLES = frozenset(
    {
        *HEAD_OF_STATE.values(),
        "prime_minister",
        "vice_president",
        "crown_prince",
        "deputy_prime_minister",
        "foreign_minister",
        "defense_minister",
        "interior_minister",
    }
)
ARAB_LEAGUE = MINISTRIES_OF - {"IR", "TR", "IL"}


#: Words Wikidata's English label may open with that English news leaves off an Arab name: the name
#: printed is the label without it (the label stays an English alias). "Sultan", "Emir" and "King" are
#: left alone: Sultan is also a given name, and the regnal names are written by hand.
HONORIFICS = frozenset({"sayyid", "sayyida", "sheikh", "shaikh", "sheikha", "shaikha", "dr", "eng", "prince"})
#: Family names of the ruling houses: their members are known by the father's name ("Mansour bin Zayed"),
#: so the short form without it is no alias of theirs.
RULING_HOUSES = frozenset(
    {
        "saud",
        "nahyan",
        "maktoum",
        "thani",
        "khalifa",
        "sabah",
        "said",
        "busaidi",
        "qasimi",
        "nuaimi",
        "sharqi",
    }
)
_LINEAGE = frozenset({"bin", "bint", "ibn", "ben"})


def english_forms(label: str) -> tuple[str, list[str]]:
    """The English name an Arab office holder is printed with, and the other usual forms, from the label.

    Wikidata's label is sometimes a form English news does not use: a title first ("Sayyid Hamoud bin
    Faisal al Busaidi", "Dr. Meshaan M. Al-Otaibi"), a middle initial ("Khalid A. Al-Falih") or the
    whole lineage ("Walid bin Mohammed Al Samani", which news calls "Walid Al Samani"). Returns the label
    without a leading title or zero-width characters (the name), and the aliases: the label when it had
    a title, the name without middle initials, and the name without its "bin <father>" chain before an
    "Al" family name outside the ruling houses.
    """
    words = "".join(c for c in label if unicodedata.category(c) != "Cf").split()  # zero-width spaces
    name_words = list(words)
    while len(name_words) > 2 and name_words[0].rstrip(".").casefold() in HONORIFICS:
        name_words = name_words[1:]
    name = " ".join(name_words)
    aliases = [" ".join(words)] if name_words != words else []
    plain = [w for i, w in enumerate(name_words) if not (0 < i < len(name_words) - 1 and _initial(w))]
    aliases.append(" ".join(plain))
    if len(plain) >= 4 and plain[1].casefold() in _LINEAGE:
        end = 1
        while end < len(plain) - 2 and plain[end].casefold() in _LINEAGE:
            end += 2
        family = plain[end:]
        head = family[0].casefold()
        houses = {w.casefold().removeprefix("al-") for w in family}
        if (head == "al" or head.startswith("al-")) and not houses & RULING_HOUSES:
            aliases.append(" ".join([plain[0], *family]))
    return name, [a for a in dict.fromkeys(aliases) if name_key(a) != name_key(name)]


def _initial(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.?", word))


def missing_report(missing: list[list[Term]]) -> list[str]:
    """TSV rows for the people the merge leaves out because no source nor names_ar.tsv names them in
    Arabic, most wanted first: Arab League state, a key office, the latest year in office.

    Columns: qid, name_en, of, roles (|, key roles first), last year (empty: in office at the snapshot),
    rank (0 best: Arab League and key office; 1 Arab League; 2 key office elsewhere; 3 the rest).
    """
    rows = []
    for terms in missing:
        states = sorted({t.of for t in terms})
        roles = sorted({t.role for t in terms}, key=lambda r: (r not in KEY_ROLES, r))
        arab = bool(set(states) & ARAB_LEAGUE)
        key = bool(set(roles) & KEY_ROLES)
        rank = (0 if key else 1) if arab else (2 if key else 3)
        last = "" if any(not t.end for t in terms) else max(t.end[:4] for t in terms)
        name = next((t.name_en for t in terms if t.name_en), "")
        rows.append(
            (rank, -int(last or 9999), states[0], name, terms[0].qid, "|".join(states), "|".join(roles), last)
        )
    rows.sort()
    return [
        "\t".join((qid, name, of, roles, last, str(rank))) for rank, _, _, name, qid, of, roles, last in rows
    ]


def merge(missing: Path | None = None) -> list[str]:
    lines = PEOPLE.read_text(encoding="utf-8").splitlines()
    merger = Merger(lines, _snapshot_dates(), hand_names=read_hand_names())
    merger.run(read_sourced())
    apply_hand_portfolios(merger, read_hand_portfolios(), HAND_PORTFOLIO_SNAPSHOT)
    PEOPLE.write_text(merger.text(), encoding="utf-8")
    if missing is not None:
        header = "# qid\tname_en\tof\troles\tlast year\trank (0: Arab League, key office; 1: Arab League"
        header += "; 2: key office; 3: other)"
        missing.write_text("\n".join([header, *missing_report(merger.missing)]) + "\n", encoding="utf-8")
    return merger.log


@dataclass
class HandPortfolio:
    """A row of hand_portfolios.tsv: one hand term of a portfolio the state's sourced list lacks."""

    person: str
    role: str
    of: str
    start: str
    end: str
    reference: str


def read_hand_portfolios(path: Path = HAND_PORTFOLIOS) -> list[HandPortfolio]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if _content(line):
            rows.append(HandPortfolio(*line.split("\t")))
    return rows


def apply_hand_portfolios(merger: Merger, rows: list[HandPortfolio], snapshot: str) -> None:
    """Write the hand portfolio terms onto their people, after the sourced merge.

    Refused (SystemExit) when the state's sourced list has any holder of that portfolio, whatever
    the dates: a hand term beside sourced ones would outlive them, where the sourced ones end at the
    list's snapshot. A row's term replaces the person's earlier hand term of the same office and
    start, so that a second merge changes nothing; an empty end is the file's snapshot.
    """
    by_id = {p["id"]: p for p in merger.people}
    for row in rows:
        if row.role not in portfolio_roles():
            raise SystemExit(f"hand_portfolios.tsv: {row.role} is not a cabinet portfolio")
        if merger.sourced.get((row.role, row.of)):
            raise SystemExit(f"hand_portfolios.tsv: the {row.of} list has holders of {row.role}")
        if not row.reference.strip():
            raise SystemExit(f"hand_portfolios.tsv: {row.person} {row.role} has no reference")
        person = by_id.get(row.person)
        if person is None:
            raise SystemExit(f"hand_portfolios.tsv: no person {row.person} in people.jsonl")
        notes = [f"{HAND_PORTFOLIO_NOTE} (reference: {row.reference})"]
        end = row.end or snapshot
        if not row.end:
            notes.append(f"end: the hand list's snapshot ({snapshot}); whether the term went on is unknown")
        if end < row.start:
            raise SystemExit(f"hand_portfolios.tsv: {row.person} {row.role} ends before it starts")
        offices = person.setdefault("offices", [])
        offices[:] = [
            o
            for o in offices
            if not (o["role"] == row.role and o["of"] == row.of and o.get("start") == row.start)
        ]
        offices.append(
            {
                "role": row.role,
                "of": row.of,
                "start": row.start,
                "end": end,
                "note": "; ".join(notes),
                "source": "hand",
            }
        )
        # the entry's note that the term was left out for want of a source is no longer true
        note = _drop_note(
            person.get("note"), f"{row.role.removesuffix('_minister').replace('_', ' ')} minister of"
        )
        if note:
            person["note"] = note
        else:
            person.pop("note", None)
        merger.log.append(f"hand portfolio {row.person} {row.role} {row.of} {row.start}..{end}")


def _snapshot_dates() -> dict[str, str]:
    dates = {}
    path = SOURCED / "sources.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        key, _repo, _commit, _path, _licence, date = line.split("\t")
        dates[key] = date
    return dates


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", nargs="?", choices=("all", "extract", "merge"), default="all")
    parser.add_argument("--sources", type=Path, help="clones: DIR/every-politician-scrapers/<repo>")
    parser.add_argument(
        "--mirrors", type=Path, help="bare mirrors: DIR/every-politician-scrapers+<repo>/repo"
    )
    parser.add_argument("--log", type=Path, help="write the merge log here")
    parser.add_argument(
        "--missing", type=Path, help="write here the people left out for lack of an Arabic name (TSV)"
    )
    args = parser.parse_args(argv)
    if args.step in ("all", "extract"):
        reader = Reader(args.sources, args.mirrors)
        rows, files = extract(reader)
        write_sourced(rows, files)
        print(f"offices.tsv: {len(rows)} rows from {len(SOURCES)} lists", file=sys.stderr)
    if args.step in ("all", "merge"):
        log = merge(args.missing)
        if args.log:
            args.log.write_text("\n".join(log) + "\n", encoding="utf-8")
        print(f"people.jsonl merged ({len(log)} log lines)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
