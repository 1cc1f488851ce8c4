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
