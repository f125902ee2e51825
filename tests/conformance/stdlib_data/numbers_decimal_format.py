from decimal import *
from decimal import Decimal as D
for s in ['', 'f', '.2f', ',.2f', '>15.3f', 'e', '.3e', 'g', '.3g', '%', '.1%', '+.1f', '010.2f', '_', 'E', '^12', '012,.1f', 'G', '_f', ',', '08,.1f', '#.0f', '.0e','n','.3n', ',g', '.2', '.0', '5', '*<20,.3f', ' .4e', 'z.2f', '.30f', ',.0f', '020,', '.1g']:
  for v in ['1234567.891', '-0.00012', '0', '-0.0', '1E+5', '0.5', '999.99', 'Infinity', '-NaN', '123456789012345678901234567890']:
    try: print(repr(s), v, repr(format(D(v), s)))
    except Exception as e: print(repr(s), v, e)
print(D(2)**D(10)**D(4)*0, D('1.0000001')**1000000, D(-2)**10001 > 0, D(10)**-3, D(-0)**-1, D('-inf')**3, D(2)**D('inf'), D('0.5')**D('-inf'), D(1)**D('inf'))
with localcontext(prec=50) as c:
    print(D(2).sqrt(), D(2).ln(), D(3).exp(), D(7).log10(), D('1.5')**D('2.5'), D(1)/D(7))
print(D('12345678901234567890.5').exp() if False else D(230).exp(), D(-230).exp(), D('1e-30').ln(), D(2)**D('-0.5'))
