"Properties of normalisation and the records, over many generated inputs (hypothesis)."
import json
from hypothesis import given, settings, strategies as st
from sora_nb.moderation.normalise import skeleton, readable, CONFUSABLES
from sora_nb.moderation.blocklist import Blocklist
from sora_nb.moderation.policy import Policy, CheckResult, Decision

BL = Blocklist.load()
WORDS = sorted({e for e in BL.entries["violence"] + BL.entries["sexual"] + BL.entries["self_harm"]
                if e.isascii() and e.replace(" ", "").isalpha() and len(e) >= 4})
HOMO = {v: k for k, v in CONFUSABLES.items() if v.isascii()}   # latin -> a lookalike
LEET = dict(zip("aeiost", "4310$7"))

def disguise(word, how, data):
    if how == "leet": return "".join(LEET.get(c, c) if data.draw(st.booleans()) else c for c in word)
    if how == "homoglyph": return "".join(HOMO.get(c, c) if data.draw(st.booleans()) else c for c in word)
    if how == "spaced": return data.draw(st.sampled_from([" ", ".", "-", "*", " . "])).join(word.replace(" ", ""))
    if how == "zero_width": return "\u200b".join(word)
    if how == "case": return "".join(c.upper() if data.draw(st.booleans()) else c for c in word)
    if how == "fullwidth": return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in word)
    return word

@settings(max_examples=300, deadline=None)
@given(st.data())
def test_disguised_blocklist_words_still_match(data):
    word = data.draw(st.sampled_from(WORDS))
    how = data.draw(st.sampled_from(["leet", "homoglyph", "spaced", "zero_width", "case", "fullwidth"]))
    if how == "spaced" and " " in word: return
    text = "a video of " + disguise(word, how, data) + " in a park"
    cats = {m.category for m in BL.matches(text)}
    assert cats & {"violence", "sexual", "self_harm"}, (word, how, text)

@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_skeleton_maps_back_into_the_original(text):
    f = skeleton(text)
    assert len(f.src) == len(f.text)
    assert all(0 <= i < len(text) for i in f.src)
    assert f.src == sorted(f.src)
    readable(text)            # never raises

@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(["sexual", "violence", "hate", "minor", "person"]), st.floats(0, 1), max_size=5),
       st.booleans())
def test_decision_round_trips_and_refuses_exactly_at_threshold(scores, minor):
    pol = Policy.load()
    r = CheckResult("prop", scores=dict(scores)).validate(pol.names)
    extra = [CheckResult("m", scores={"minor": 1.0})] if minor else []
    d = pol.decide([r] + extra)
    minor = minor or scores.get("minor", 0) >= pol.thresholds()["minor"]       # the record's own minor signal counts too
    th = pol.thresholds(minor)
    flagged = any(v >= th[k] for k, v in scores.items() if k in pol.categories)
    assert d.refused == flagged
    assert Decision.from_dict(json.loads(json.dumps(d.to_dict()))).to_dict() == d.to_dict()
