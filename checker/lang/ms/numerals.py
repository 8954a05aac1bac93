"""Malay numbers, units and currencies as news writes them: Indonesian's, with Malay's own words beside them."""

from ..id.numerals import NUMERALS as INDONESIAN
from ..numerals import KM, METRE, PERCENT, POUND, SCALE, TONNE

NUMERALS = INDONESIAN.extend(
    words={"lapan": 8, "bilion": SCALE, "trilion": SCALE},
    word_scales={"bilion": 1e9, "trilion": 1e12},
    lone_scales={"bilion", "trilion"},
    scales={"bilion": 1e9, "trilion": 1e12, "billion": 1e9},
    units={"peratus": PERCENT, "kilometre": KM, "metre": METRE, "tan": TONNE, "paun": POUND},
    currencies_after={"paun sterling": "gbp"},
)
