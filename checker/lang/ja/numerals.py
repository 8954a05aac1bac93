"""Japanese numbers, units, currencies, dates and times of day as news writes them."""

from ..numerals import GENERIC

NUMERALS = GENERIC.extend()
