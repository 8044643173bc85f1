"""Lexicons for the quantity extractor: units, currencies, people, category cues.

Units map the ways news writes them to one short name and a dimension; the
dimension decides whether ``35km (22 miles)`` is one measure given twice and
which category a measure falls in (distance, area, money).
"""

from __future__ import annotations

__all__ = [
    "CATEGORY_CUES",
    "CURRENCY_PREFIXES",
    "NOUN_CATEGORIES",
    "PERSON_NOUNS",
    "UNITS",
    "words_of",
]


def words_of(text: str) -> frozenset[str]:
    """A word list written as one string, for the long lexicons below."""
    return frozenset(text.split())


#: Written form (lower case) → (unit, dimension).
UNITS: dict[str, tuple[str, str]] = {}


def _add(unit: str, dimension: str, *forms: str) -> None:
    for form in forms:
        UNITS[form] = (unit, dimension)


_add("percent", "ratio", "%", "percent", "per cent", "pc", "percentage points",
     "percentage point", "pct")  # fmt: skip
_add("km", "length", "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer")
_add("mile", "length", "mile", "miles", "mi")
_add("m", "length", "m", "metres", "meters", "metre", "meter")
_add("cm", "length", "cm", "centimetres", "centimeters", "centimetre", "centimeter")
_add("mm", "length", "mm", "millimetres", "millimeters", "millimetre", "millimeter")
_add("foot", "length", "ft", "feet", "foot")
_add("inch", "length", "inches", "inch", "in.")
_add("yard", "length", "yards", "yard", "yds")
_add("nautical mile", "length", "nautical miles", "nautical mile")
_add("km2", "area", "km2", "km²", "sq km", "square kilometres", "square kilometers",
     "square kilometre", "square kilometer", "square-kilometer", "square-kilometre",
     "square-kilometres", "square-kilometers", "sq. km")  # fmt: skip
_add("mi2", "area", "square miles", "square mile", "sq miles", "sq mi", "square-mile")
_add("ha", "area", "hectares", "hectare", "ha")
_add("acre", "area", "acres", "acre")
_add("tonne", "mass", "tonnes", "tonne", "tons", "ton", "metric tons", "metric ton", "t")
_add("gigaton", "mass", "gigatonnes", "gigatons", "gigatonne", "gigaton")
_add("megaton", "mass", "megatonnes", "megatons", "megatonne", "megaton")
_add("kg", "mass", "kg", "kilograms", "kilogrammes", "kilogram", "kilos")
_add("g", "mass", "grams", "gram", "g")
_add("lb", "mass", "lb", "lbs")
_add("litre", "volume", "litres", "liters", "litre", "liter", "l")
_add("millilitre", "volume", "ml", "millilitres", "milliliters", "millilitre", "milliliter")
_add("barrel", "volume", "barrels", "barrel", "bpd")
_add("gallon", "volume", "gallons", "gallon")
_add("cubic metre", "volume", "cubic metres", "cubic meters", "bcm")
_add("mph", "speed", "mph", "miles per hour", "miles an hour")
_add("km/h", "speed", "km/h", "kph", "kmh", "kilometres per hour", "kilometers per hour",
     "kilometres an hour", "kilometers an hour")  # fmt: skip
_add("knot", "speed", "knots", "knot")
_add("second", "time", "seconds", "second", "secs", "sec")
_add("minute", "time", "minutes", "minute", "mins", "min")
_add("hour", "time", "hours", "hour", "hrs", "hr")
_add("day", "time", "days", "day")
_add("week", "time", "weeks", "week")
_add("month", "time", "months", "month")
_add("year", "time", "years", "year", "yrs")
_add("decade", "time", "decades", "decade")
_add("century", "time", "centuries", "century")
_add("year", "age", "year-old", "years-old", "years old", "year old")
_add("degree", "temperature", "degrees", "degree", "°")
_add("celsius", "temperature", "°c", "degrees celsius", "degrees c", "c", "celsius")
_add("fahrenheit", "temperature", "°f", "degrees fahrenheit", "degrees f", "f", "fahrenheit")
_add("kilowatt", "power", "kw", "kilowatts", "kilowatt")
_add("megawatt", "power", "mw", "megawatts", "megawatt")
_add("gigawatt", "power", "gw", "gigawatts", "gigawatt")
_add("kilowatt-hour", "energy", "kwh", "kilowatt-hours", "kilowatt hours")
_add("horsepower", "power", "hp", "horsepower", "bhp")
_add("gigabyte", "data", "gb", "gigabytes", "gigabyte")
_add("megapixel", "resolution", "mp", "megapixels", "megapixel")
_add("basis point", "ratio", "bps", "bp", "basis points", "basis point")
_add("terabyte", "data", "tb", "terabytes", "terabyte")
_add("megabyte", "data", "mb", "megabytes", "megabyte")
_add("rpm", "frequency", "rpm")
_add("hertz", "frequency", "hz", "hertz")
_add("kilohertz", "frequency", "khz", "kilohertz")
_add("megahertz", "frequency", "mhz", "megahertz")
_add("gigahertz", "frequency", "ghz", "gigahertz")
_add("watt", "power", "watts", "watt", "w")
_add("megabit per second", "data rate", "mbps", "mb/s", "megabits per second")
_add("gigabit per second", "data rate", "gbps", "gb/s", "gigabits per second")
_add("milliampere-hour", "charge", "mah")
_add("newton metre", "torque", "nm", "newton metres", "newton meters")
_add("pound-foot", "torque", "lb-ft", "pound-feet", "pound-foot", "lb ft")
_add("occurrence", "count", "times")
_add("fold", "count", "fold")
_add("point", "count", "points", "point", "pts")
# money written after the number
_add("USD", "money", "dollars", "dollar", "usd", "us dollars")
_add("EUR", "money", "euros", "euro", "eur")
_add("GBP", "money", "pounds sterling", "sterling", "gbp", "quid")
_add("GBP?", "money", "pounds", "pound")  # a weight unless money is in sight
_add("CNY", "money", "yuan", "renminbi", "cny")
_add("RUB", "money", "rubles", "roubles", "ruble", "rouble", "rub")
_add("UAH", "money", "hryvnias", "hryvnia", "hryvnas", "uah")
_add("INR", "money", "rupees", "rupee", "inr")
_add("JPY", "money", "yen", "jpy")
_add("CHF", "money", "swiss francs", "chf")
_add("AUD", "money", "australian dollars", "australian dollar")
_add("CAD", "money", "canadian dollars", "canadian dollar")
_add("DKK", "money", "danish crowns", "danish kroner", "danish krone")
_add("SEK", "money", "swedish crowns", "swedish kronor", "swedish krona")
_add("NOK", "money", "norwegian crowns", "norwegian kroner", "norwegian krone")
_add("TRY", "money", "turkish lira", "lira")
_add("ILS", "money", "shekels", "shekel")
_add("NGN", "money", "naira")
_add("MYR", "money", "ringgit")
_add("PKR", "money", "pakistani rupees")
_add("AFN", "money", "afghanis")
_add("cent", "money", "cents", "cent")
_add("pence", "money", "pence", "p")

#: Currency written before the number (case-sensitive forms first).
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "USD": "USD", "C$": "CAD", "A$": "AUD",
    "HK$": "HKD", "NZ$": "NZD", "$US": "USD", "RM": "MYR", "£": "GBP", "GBP": "GBP",
    "€": "EUR", "EUR": "EUR", "PS": "GBP",
    "R$": "BRL", "S$": "SGD", "NT$": "TWD", "MX$": "MXN",
    "¥": "JPY", "₹": "INR", "Rs": "INR", "Rs.": "INR", "₴": "UAH", "₽": "RUB",
}  # fmt: skip

#: Nouns (lemmas) that count people: their quantities get unit ``person``.
PERSON_NOUNS = words_of(
    """people person civilian soldier troop resident child kid woman man fighter militant
    protester protestor demonstrator passenger hostage prisoner refugee migrant journalist
    worker policeman policewoman officer personnel member student other inhabitant villager
    casualty victim detainee captive insurgent rebel terrorist staff employee volunteer doctor
    nurse patient voter citizen national adult teenager teen boy girl baby infant pilgrim
    worshipper activist supporter senator lawmaker legislator minister leader official diplomat
    delegate defendant suspect gunman attacker militiaman peacekeeper trooper serviceman
    servicemember marine sailor recruit conscript mercenary commander general body dead
    wounded injured survivor evacuee asylum-seeker seeker jihadist guerrilla combatant
    paratrooper reservist crew crewman miner farmer teacher pupil fisherman settler tourist
    visitor resident individual family household guard police inmate convict friend colleague
    politician candidate judge lawyer prosecutor athlete player fan runner rider driver pilot
    partisan deserter defector veteran contractor mp death fatality"""
)

#: Categories signalled by words around a number (lemmas), strongest first: what
#: happened to those counted decides over what they are.
CATEGORY_CUES: tuple[tuple[str, frozenset[str]], ...] = (
    ("killed", words_of("""kill die dead death fatality slay execute massacre murder toll
        perish body corpse fatal fatally lose behead shoot_dead""")),
    ("wounded", words_of("wound injure injury hurt injured wounded maim")),
    ("prisoners", words_of("prisoner pow captive imprison confine intern")),
    ("captured", words_of("capture")),
    ("hostages", words_of("hostage abduct kidnap hijack abductee")),
    ("arrested", words_of("arrest detain detainee custody jail round")),
    ("evacuees", words_of("evacuate evacuation evacuee")),
    ("displaced", words_of("displace displacement flee uproot homeless idp")),
    ("refugees", words_of("refugee asylum")),
)  # fmt: skip

#: What the counted noun itself says when no event word does.
NOUN_CATEGORIES: dict[str, str] = {
    **dict.fromkeys(
        words_of("""troop soldier serviceman servicemember personnel marine paratrooper reservist
        conscript trooper peacekeeper sailor recruit"""),
        "troops",
    ),
    **dict.fromkeys(
        words_of(
            """fighter militant insurgent rebel combatant jihadist guerrilla mercenary militiaman
        gunman terrorist"""
        ),
        "fighters",
    ),
    **dict.fromkeys(
        words_of("""missile drone rocket shell tank bomb artillery weapon gun rifle munition warhead
        mine grenade howitzer launcher ammunition round jet aircraft warplane helicopter
        device interceptor bullet cartridge"""),
        "weapons",
    ),
    **dict.fromkeys(words_of("population inhabitant"), "population"),
    **dict.fromkeys(words_of("refugee"), "refugees"),
    **dict.fromkeys(words_of("hostage"), "hostages"),
    **dict.fromkeys(words_of("prisoner pow"), "prisoners"),
    **dict.fromkeys(words_of("evacuee"), "evacuees"),
    **dict.fromkeys(words_of("detainee"), "arrested"),
    **dict.fromkeys(words_of("fatality death dead"), "killed"),
}
