import html
import html.entities


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


print(html.escape('<a href="x">Tom & \'Jerry\'</a>'))
print(html.escape('<a href="x">Tom & \'Jerry\'</a>', quote=False), html.escape(''), html.escape('&amp;'))
attempt('escape bytes', lambda: html.escape(b'<'))
attempt('escape int', lambda: html.escape(5))
cases = ['&lt;p&gt; &amp;amp; &quot;q&quot; &#x27;s&#39;', '&copy; 2024 &COPY &reg &euro;&hellip;&nbsp;|',
         '&notit; &notin; &not &noti', '&amp &ampx &AMP; &AMPx', '&NotEqualTilde; &nGt; &fjlig;',
         '&#65;&#x42;&#X43;&#0068 &#x45x', '&#0; &#13; &#128; &#x81; &#150; &#x9F;', '&#xD800; &#x110000; &#99999999999;',
         '&#1; &#x0B; &#x7F; &#xFDD0; &#xFFFE; &#x10FFFF; &#x1FFFF; &#x10FFFD;', '&#9; &#10; &#32;',
         '&unknown; &; & &# &#x &#xZ; &#a;', 'no refs at all', '&&lt;&', '&ltx &gtgt &lt;&lt;',
         '&' + 'a' * 40 + ';', '&Aacute;&aacute;&AElig;&szlig;&thetasym;&ThinSpace;&bne;']
for text in cases:
    print(repr(text), '->', ascii(html.unescape(text)))
attempt('unescape bytes', lambda: html.unescape(b'&lt;'))
print(html.unescape(html.escape('<"\'&>')))
e = html.entities
print(len(e.html5), len(e.name2codepoint), len(e.codepoint2name), len(e.entitydefs))
print(e.name2codepoint['amp'], e.name2codepoint['lang'], e.codepoint2name[8364], ascii(e.entitydefs['nbsp']))
print(ascii(e.html5['lang;']), e.html5['amp'], 'amp;' in e.html5, 'ampx' in e.html5, ascii(e.html5['nGt;']))
print(sorted(k for k in e.html5 if not k.endswith(';'))[:12])
print(list(e.name2codepoint)[:10], sorted(e.codepoint2name)[:5])
print(e.__all__, html.__all__)
