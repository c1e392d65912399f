"""A reception told by its pronoun receives the story's visitor (rasd.events.extract `_host_and_visitor`),
on invented sentences."""

from .analyzed import events


def test_a_reception_by_two_hosts_receives_the_visitor() -> None:
    text = "وصل رجب طيب أردوغان إلى موسكو اليوم.\nوكان في استقباله في المطار سيرغي لافروف ودميتري بيسكوف."
    meets = [e for e in events(text) if e[0] == "meet"]
    assert meets and "Recep Tayyip Erdogan" in meets[0][2]
