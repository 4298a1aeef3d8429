# html: escape and unescape, against CPython.
import html
from html import entities

for s in ("plain", "<a href=\"x\">Tom & Jerry's</a>", "&amp; already", "", "'\"<>&", "x < y > z"):
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)), repr(html.escape(s, False)))
cases = ["&lt;p&gt;", "&amp;amp;", "&quot;hi&quot; &apos;x&apos; &#39;y&#x27;", "&copy; 2024 &reg;&trade;",
         "caf&eacute; na&iuml;ve &Eacute;", "&#65;&#x42;&#X43;&#0067;", "&#65&#x42 x", "&nbsp;|&#160;|&#xa0;",
         "&euro;&hearts;&rarr;&alpha;&Omega;&le;&ge;&ne;", "&amp &lt &gt &quot &copy", "&AMP; &LT &GT; &QUOT &REG;",
         "&notit; &notin; &not", "&ampx &ampere; &amp;x", "&unknown; &unknown &; & &# &#x &#xZ", "a & b && c",
         "&#0; &#13; &#128; &#x80; &#150; &#x9F; &#129;", "&#1; &#x0B; &#127; &#xFDD0; &#xFFFE; &#x1FFFF;",
         "&#xD800; &#x110000; &#99999999999;", "&#x1F600; &#128512;", "&lang;&rang;",
         "&" + "a" * 40 + ";", "&Aacute;&aacute;&AElig;&szlig;&yuml;&Yuml;", "&frac12;&frac14;&frac34;&sup2;&deg;",
         "no refs at all", "&&&;;;", "&#38;amp;"]
for s in cases:
    print(repr(s), [ord(c) for c in html.unescape(s)])
print(html.unescape(html.escape("<script>alert('x') & \"y\"</script>")))
print(len(entities.name2codepoint), entities.name2codepoint["amp"], entities.name2codepoint["euro"],
      entities.codepoint2name[233], entities.codepoint2name[8364], ord(entities.entitydefs["nbsp"]),
      ord(entities.html5["amp;"]), ord(entities.html5["lt"]), ord(entities.html5["apos;"]))
print(sorted(entities.name2codepoint)[:10], sorted(entities.codepoint2name)[:10])
print(all(html.unescape("&%s;" % name) == chr(cp) for name, cp in entities.name2codepoint.items()
          if name not in ("lang", "rang")))
