"""Pricing rules plugin: quote an order through a chain of discount rules.

    gilgrid map examples/plugins/pricing.py:quote --input examples/inputs/orders.jsonl

Each input is {"args": [order]} with order = {"customer": ..., "tier": ..., "lines": [...],
"coupon": ...}; each result is the priced order. Unknown products and coupons raise errors,
which the map records for that order only.
"""

from dataclasses import dataclass, field

CATALOG = {
    "espresso": 2.40,
    "croissant": 1.90,
    "beans-1kg": 24.00,
    "grinder": 89.00,
    "mug": 7.50,
}

COUPONS = {"WELCOME5": 5.00, "GRIND10": 10.00}


@dataclass(frozen=True)
class Line:
    product: str
    quantity: int

    @property
    def unit_price(self):
        try:
            return CATALOG[self.product]
        except KeyError:
            raise KeyError(f"unknown product {self.product!r}") from None

    @property
    def amount(self):
        return round(self.unit_price * self.quantity, 2)


@dataclass
class Order:
    customer: str
    lines: list
    tier: str = "standard"
    coupon: str = None
    adjustments: list = field(default_factory=list)

    @property
    def subtotal(self):
        return round(sum(line.amount for line in self.lines), 2)

    def total(self):
        return round(self.subtotal - sum(amount for _, amount in self.adjustments), 2)


class Rule:
    name = "rule"

    def discount(self, order):
        raise NotImplementedError

    def apply(self, order):
        amount = round(self.discount(order), 2)
        if amount > 0:
            order.adjustments.append((self.name, amount))


class BulkRule(Rule):
    """10% off a product bought 10 or more times."""

    name = "bulk"

    def discount(self, order):
        return sum(line.amount * 0.10 for line in order.lines if line.quantity >= 10)


class TierRule(Rule):
    name = "tier"
    RATES = {"standard": 0.0, "silver": 0.03, "gold": 0.07}

    def discount(self, order):
        if order.tier not in self.RATES:
            raise ValueError(f"unknown tier {order.tier!r}")
        return order.subtotal * self.RATES[order.tier]


class CouponRule(Rule):
    name = "coupon"

    def discount(self, order):
        if order.coupon is None:
            return 0.0
        if order.coupon not in COUPONS:
            raise ValueError(f"coupon {order.coupon!r} is not valid")
        return min(COUPONS[order.coupon], order.subtotal)


RULES = (BulkRule(), TierRule(), CouponRule())


def quote(order):
    lines = [Line(item["product"], int(item["quantity"])) for item in order["lines"]]
    priced = Order(order["customer"], lines, order.get("tier", "standard"), order.get("coupon"))
    for rule in RULES:
        rule.apply(priced)
    return {
        "customer": priced.customer,
        "subtotal": priced.subtotal,
        "discounts": dict(priced.adjustments),
        "total": priced.total(),
    }
