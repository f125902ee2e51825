import __future__
import keyword
print(__future__.annotations, __future__.division.getMandatoryRelease(), len(__future__.all_feature_names))
print(keyword.iskeyword("async"), keyword.issoftkeyword("type"), keyword.kwlist[:5], keyword.softkwlist)
