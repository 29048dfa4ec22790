"""Reference data shipped with Werkpad (REFERENCE.md §4.1).

The 35 arbeidsmarktregio's of 2025 with their CBS codes. The codes are not contiguous
(AM04, AM16 and AM31 do not exist): never derive a code from a position.
"""

ARBEIDSMARKTREGIOS: tuple[tuple[str, str], ...] = (
    ("AM01", "Groningen"),
    ("AM02", "Friesland"),
    ("AM03", "Drenthe"),
    ("AM05", "Twente"),
    ("AM06", "Veluwe Stedendriehoek"),
    ("AM07", "Midden-Gelderland"),
    ("AM08", "Rijk van Nijmegen"),
    ("AM09", "Achterhoek"),
    ("AM10", "Rivierenland"),
    ("AM11", "Flevoland"),
    ("AM12", "Gooi en Vechtstreek"),
    ("AM13", "Midden-Utrecht"),
    ("AM14", "Amersfoort"),
    ("AM15", "Noord-Holland Noord"),
    ("AM17", "Zaanstreek/Waterland"),
    ("AM18", "Groot Amsterdam"),
    ("AM19", "Holland Rijnland"),
    ("AM20", "Midden-Holland"),
    ("AM21", "Haaglanden"),
    ("AM22", "Rijnmond"),
    ("AM23", "Drechtsteden"),
    ("AM24", "Zeeland"),
    ("AM25", "West-Brabant"),
    ("AM26", "Midden-Brabant"),
    ("AM27", "Noordoost-Brabant"),
    ("AM28", "Zuidoost-Brabant"),
    ("AM29", "Noord-Limburg"),
    ("AM30", "Zuid-Limburg"),
    ("AM32", "Helmond-De Peel"),
    ("AM33", "Midden-Limburg"),
    ("AM34", "Zuid-Holland Centraal"),
    ("AM35", "Gorinchem"),
    ("AM36", "Regio Zwolle"),
    ("AM37", "Zuid-Kennemerland en IJmond"),
    ("AM38", "FoodValley"),
)

# The gemeenten of the demo region Midden-Utrecht (AM13), with their CBS codes. The full,
# current mapping is loaded with `manage.py import_cbs_gebieden` from CBS "Gebieden in
# Nederland".
DEMO_REGION = "AM13"
DEMO_GEMEENTEN: tuple[tuple[str, str], ...] = (
    ("GM0310", "De Bilt"),
    ("GM0312", "Bunnik"),
    ("GM0321", "Houten"),
    ("GM0331", "Lopik"),
    ("GM0335", "Montfoort"),
    ("GM0344", "Utrecht"),
    ("GM0352", "Wijk bij Duurstede"),
    ("GM0353", "IJsselstein"),
    ("GM0355", "Zeist"),
    ("GM0356", "Nieuwegein"),
    ("GM0589", "Oudewater"),
    ("GM0632", "Woerden"),
    ("GM0736", "De Ronde Venen"),
    ("GM1581", "Utrechtse Heuvelrug"),
    ("GM1904", "Stichtse Vecht"),
)
