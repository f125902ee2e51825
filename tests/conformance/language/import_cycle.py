import modules.cyclic_a as a
import modules.cyclic_b as b
print(a.NAME, a.partner(), b.NAME, b.partner_seen_at_import())
