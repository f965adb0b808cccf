"""Samples of corpus sentences chosen by id alone (lead, session 36).

A seeded ``random.sample`` over the sentences the reader reads moves whenever one more sentence is read: a merge that
touches nothing of a sentence put it in (or out of) a generator test's sample (test_r45's V21-2 in session 36). A
sentence chosen by a hash of its id stays chosen as the reader reads more; new ones join, none leave.
"""

import hashlib


def chosen_by_id(sentence_id: str, one_in: int, salt: str = "") -> bool:
    """True for about one sentence id in ``one_in`` (≤ 256; the same ids on every run; ``salt`` gives a test its own)."""
    digest = hashlib.sha1(f"{salt + ':' if salt else ''}{sentence_id}".encode()).digest()
    return digest[0] % one_in == 0
