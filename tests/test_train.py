"""The training code end to end on a handful of sentences: convert, train, score, load."""
from __future__ import annotations

import json
from pathlib import Path

import spacy

from newsevents import train

CONLLU = """# newdoc id = doc1
# sent_id = doc1-0001
# text = Maria Lopez visited Paris.
1	Maria	Maria	PROPN	NNP	Number=Sing	3	nsubj	_	_
2	Lopez	Lopez	PROPN	NNP	Number=Sing	1	flat	_	_
3	visited	visit	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
4	Paris	Paris	PROPN	NNP	Number=Sing	3	obj	_	SpaceAfter=No
5	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = doc1-0002
# text = She didn't stay.
1	She	she	PRON	PRP	Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs	4	nsubj	_	_
2-3	didn't	_	_	_	_	_	_	_	_
2	did	do	AUX	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	4	aux	_	_
3	n't	not	PART	RB	Polarity=Neg	4	advmod	_	_
4	stay	stay	VERB	VB	VerbForm=Inf	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = doc1-0003
# text = Acme Corp hired Tom.
1	Acme	Acme	PROPN	NNP	Number=Sing	2	compound	_	_
2	Corp	Corp	PROPN	NNP	Number=Sing	3	nsubj	_	_
3	hired	hire	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
4	Tom	Tom	PROPN	NNP	Number=Sing	3	obj	_	SpaceAfter=No
5	.	.	PUNCT	.	_	3	punct	_	_
4.1	copy	copy	VERB	VB	_	_	_	3:conj	CopyOf=3

"""

IOB2 = """# sent_id = doc1-0001
1	Maria	B-PER
2	Lopez	I-PER
3	visited	O
4	Paris	B-LOC
5	.	B-O

# sent_id = doc1-0002
1	She	O
2	did	O
3	n't	O
4	stay	O
5	.	O

# sent_id = doc1-0003
1	Acme	B-ORG
2	Corp	I-ORG
3	hired	O
4	Tom	B-PER
5	.	O

"""

TINY = {
    "components.tok2vec.model.encode.width": 16,
    "components.tok2vec.model.embed.rows": [50, 50, 50, 50],
    "components.trainable_lemmatizer.min_tree_freq": 1,
    "components.parser.min_action_freq": 1,
    "training.max_steps": 4,
    "training.eval_frequency": 2,
}


def write_data(root: Path) -> Path:
    """A data folder shaped like ../shared/data with the sentences above in every split."""
    (root / "ud-english-ewt").mkdir(parents=True)
    (root / "uner-english-ewt").mkdir()
    for split in ("train", "dev", "test"):
        (root / "ud-english-ewt" / f"en_ewt-ud-{split}.conllu").write_text(CONLLU, encoding="utf-8")
    for name in ("en_ewt-ud-train.early.iob2", "en_ewt-ud-dev.iob2", "en_ewt-ud-test.iob2"):
        (root / "uner-english-ewt" / name).write_text(IOB2, encoding="utf-8")
    return root


def test_conversion_keeps_words_syntax_and_entities(tmp_path):
    convert = train.load_convert()
    sentences = convert.ewt(write_data(tmp_path / "data"), "train")
    assert sentences[1].words == ["She", "did", "n't", "stay", "."]  # multiword token split, empty node skipped
    assert sentences[1].spaces[:3] == [True, False, True]
    assert sentences[0].ents == [(0, 2, "PERSON"), (3, 4, "LOC")]  # the spurious B-O is gone
    assert sentences[2].ents == [(0, 2, "ORG"), (3, 4, "PERSON")]
    assert len(sentences[2].words) == 5


def test_iob1_spans():
    convert = train.load_convert()
    tags = ["I-ORG", "I-ORG", "O", "I-PER", "B-PER", "I-MISC"]
    assert convert.spans_from_tags(tags, scheme="iob1") == [(0, 2, "ORG"), (3, 4, "PERSON"), (4, 5, "PERSON")]


def test_tiny_model_trains_scores_and_loads(tmp_path):
    data = write_data(tmp_path / "data")
    corpus = tmp_path / "corpus"
    train.load_convert().convert(data, corpus)
    best = train.train(train.CONFIG, corpus, tmp_path / "out", overrides=TINY)
    scores = train.finish(best, data=data, corpus=corpus, ship_it=False)
    assert {"dev", "test:ewt-test"} <= set(scores)
    meta = json.loads((best / "meta.json").read_text(encoding="utf-8"))
    assert meta["license"] == "CC BY-SA 4.0" and meta["newsevents"]["scores"]["dev"]
    nlp = spacy.load(best)
    doc = nlp("Maria Lopez visited Paris.")
    assert len(doc) == 5 and doc.has_annotation("DEP")


def annotated(nlp, words, pos=None, ents=None):
    """A reference Doc: `words` with tags, a flat parse (every word on the first) and entities."""
    from spacy.tokens import Doc

    heads = [0] * len(words) if pos else None
    deps = ["ROOT"] + ["dep"] * (len(words) - 1) if pos else None
    return Doc(nlp.vocab, words=words, pos=pos, heads=heads, deps=deps,
               lemmas=list(words) if pos else None, ents=ents)


def test_name_variant_swaps_names_and_keeps_every_annotation():
    import random

    from spacy.training import Example

    nlp = spacy.blank("en")
    words = ["Maria", "Lopez", "of", "United", "Acme", "met", "Lopez", "in", "Paris", "."]
    pos = ["PROPN", "PROPN", "ADP", "PROPN", "PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG", "O", "B-PERSON", "O", "B-LOC", "O"]
    reference = annotated(nlp, words, pos, ents)
    common = {"united"}  # seen elsewhere as a common word: not a name
    example = Example(nlp.make_doc(reference.text), reference)
    new = train.name_variant(nlp, example, random.Random(3), 1.0, common).reference
    swapped = [t.text for t in new]
    assert swapped[2:4] == ["of", "United"] and swapped[5] == "met" and swapped[7] == "in"
    for i in (0, 1, 4, 8):
        assert swapped[i] != words[i] and swapped[i][0].isupper() and swapped[i].isalpha()
    assert swapped[6] == swapped[1]  # a recurring name keeps its one replacement
    assert [t.lemma_ for t in new] == swapped
    assert [(t.pos_, t.head.i, t.dep_) for t in new] == [(t.pos_, t.head.i, t.dep_) for t in reference]
    assert [(e.start, e.end, e.label_) for e in new.ents] == [(e.start, e.end, e.label_) for e in reference.ents]


def test_name_variant_without_tags_swaps_entity_words_and_keeps_missing_annotation():
    import random

    from spacy.training import Example

    nlp = spacy.blank("en")
    words = ["Tom", "Hale", "visited", "Oslo", "."]
    reference = annotated(nlp, words, ents=["B-PERSON", "I-PERSON", "O", "B-LOC", "O"])
    new = train.name_variant(nlp, Example(nlp.make_doc(reference.text), reference),
                             random.Random(0), 1.0, set()).reference
    assert [t.text != w for t, w in zip(new, words)] == [True, True, False, True, False]
    assert not new.has_annotation("DEP") and not new.has_annotation("POS")
    assert [e.label_ for e in new.ents] == ["PERSON", "LOC"]
    untouched = train.name_variant(nlp, Example(nlp.make_doc(reference.text), reference),
                                   random.Random(0), 0.0, set())
    assert untouched.reference.text == reference.text


def test_invented_names_keep_the_shape_of_the_name():
    import random

    rng = random.Random(0)
    assert all(len(train.invented_name("NATO", rng)) == 4 and train.invented_name("NATO", rng).isupper()
               for _ in range(20))
    assert all(train.invented_name("Lopez", rng).istitle() for _ in range(20))


def test_tiny_model_trains_with_name_variants(tmp_path):
    data = write_data(tmp_path / "data")
    corpus = tmp_path / "corpus"
    train.load_convert().convert(data, corpus)
    augmenter = {"@augmenters": "newsevents.name_variants.v1", "level": 1.0, "share": 1.0, "lower": 0.5}
    best = train.train(train.CONFIG, corpus, tmp_path / "out",
                       overrides={**TINY, "corpora.train.augmenter": augmenter})
    assert spacy.load(best)("Maria Lopez visited Paris.").has_annotation("DEP")
