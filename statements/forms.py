"""Validation of the public pages' GET parameters.

Every parameter a reader can type into the address bar passes through one of
these forms.  A bad value is a 400 with the form's message, never a 500: the
forms reject NUL bytes, other control characters, unknown slugs, impossible
dates and oversized input before anything reaches the database.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from typing import NamedTuple

from django import forms
from django.core.validators import validate_slug
from django.db.models import CharField, F, Value
from django.forms.renderers import DjangoTemplates
from django.utils.html import conditional_escape

from statements.models import Actor, Outlet, Quote, Topic

MAX_QUERY_LENGTH = 500
MAX_SLUGS = 10
MAX_COMPARED = 4


class Ref(NamedTuple):
    """A speaker, topic or outlet named in the parameters: enough to filter and to show a chip."""

    kind: str
    id: int
    slug: str
    name: str


class Cursor(NamedTuple):
    """Keyset position ``?after=<published>,<id>``; published is None for undated quotes."""

    published: dt.date | None
    id: int

    def __str__(self) -> str:
        return f"{self.published.isoformat() if self.published else ''},{self.id}"

    @classmethod
    def parse(cls, raw: str) -> Cursor:
        date_part, sep, id_part = raw.partition(",")
        if not sep or not id_part.isascii() or not id_part.isdigit() or len(id_part) > 18:
            raise ValueError(raw)
        published = dt.date.fromisoformat(date_part) if date_part else None
        return cls(published, int(id_part))


def resolve_refs(speakers: list[str] = (), topics: list[str] = (), outlets: list[str] = ()) -> dict[tuple[str, str], Ref]:
    """Look up every slug named in the parameters in one query (a UNION ALL)."""
    parts = []
    for kind, model, slugs in (("speaker", Actor, speakers), ("topic", Topic, topics), ("outlet", Outlet, outlets)):
        if slugs:
            parts.append(
                model._default_manager.filter(slug__in=list(slugs))
                .order_by()
                .annotate(ref_kind=Value(kind, output_field=CharField()), ref_id=F("id"), ref_slug=F("slug"),
                          ref_name=F("name"))
                .values_list("ref_kind", "ref_id", "ref_slug", "ref_name")
            )
    if not parts:
        return {}
    query = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    return {(kind, slug): Ref(kind, pk, slug, name) for kind, pk, slug, name in query}


def clean_text(value: str) -> str:
    """Refuse what no keyboard types; fold other control characters to spaces."""
    if any(unicodedata.category(ch) == "Cs" for ch in value):
        raise forms.ValidationError("The search text contains characters that are not valid text.")
    return " ".join("".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in value).split())


class SlugListField(forms.Field):
    """A repeatable ``?speaker=a&speaker=b`` parameter: distinct, valid slugs, at most MAX_SLUGS."""

    widget = forms.MultipleHiddenInput

    def __init__(self, *, label: str, limit: int = MAX_SLUGS, **kwargs):
        self.limit = limit
        super().__init__(label=label, required=False, **kwargs)

    def to_python(self, value) -> list[str]:
        if not value:
            return []
        if isinstance(value, str):
            value = [value]
        slugs = []
        for item in value:
            item = str(item).strip()
            if not item:
                continue
            if len(item) > 80:
                raise forms.ValidationError(f"That address is too long to be a {self.label.lower()}.")
            try:
                validate_slug(item)
            except forms.ValidationError:
                raise forms.ValidationError(
                    "“%(value)s” is not a valid %(label)s address.", params={"value": item[:80], "label": self.label.lower()}
                ) from None
            if item not in slugs:
                slugs.append(item)
        if len(slugs) > self.limit:
            raise forms.ValidationError(f"Choose at most {self.limit} values for {self.label.lower()}.")
        return slugs


def _attrs(attrs: dict) -> str:
    # as django/forms/widgets/attrs.html: False leaves an attribute out, True writes its bare name
    return "".join(
        f" {conditional_escape(name)}" if value is True else f' {conditional_escape(name)}="{conditional_escape(str(value))}"'
        for name, value in attrs.items() if value is not False
    )


def _input(widget: dict) -> str:
    value = "" if widget["value"] is None else f' value="{conditional_escape(str(widget["value"]))}"'
    return f'<input type="{conditional_escape(widget["type"])}" name="{conditional_escape(widget["name"])}"{value}{_attrs(widget["attrs"])}>'


def _select(widget: dict) -> str:
    # each option ends in the newline its template file ends with
    parts = [f'<select name="{conditional_escape(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, options, _ in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{conditional_escape(group_name)}">')
        parts += [f'\n  <option value="{conditional_escape(str(option["value"]))}"{_attrs(option["attrs"])}>'
                  f'{conditional_escape(option["label"])}</option>\n' for option in options]
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


class PlainWidgetRenderer(DjangoTemplates):
    """Django's widget markup for inputs, selects and hidden lists, written in Python.

    The search form is on every results page; its eight widgets rendered
    through their templates (an include per attribute list, per option)
    took about 1.5 ms a page.  The output is the templates' own, byte for
    byte (tests/test_forms_render.py compares them); any other widget still
    goes to its template.
    """

    builders = {
        "django/forms/widgets/text.html": _input,
        "django/forms/widgets/date.html": _input,
        "django/forms/widgets/hidden.html": _input,
        "django/forms/widgets/select.html": _select,
        "django/forms/widgets/multiple_hidden.html": lambda widget: "".join(_input(sub) for sub in widget["subwidgets"]),
    }

    def render(self, template_name: str, context: dict, request=None) -> str:
        build = self.builders.get(template_name)
        if build is None:
            return super().render(template_name, context, request)
        return build(context["widget"])


class QuoteFilterForm(forms.Form):
    """The parameters of /quotes/, the speaker and topic pages and the exports."""

    default_renderer = PlainWidgetRenderer()
    SORTS = [("", "Default"), ("relevance", "Best match"), ("newest", "Newest first"),
             ("oldest", "Oldest first")]

    q = forms.CharField(label="Search statements", required=False, max_length=MAX_QUERY_LENGTH,
                        widget=forms.TextInput(attrs={"type": "search", "placeholder": 'e.g. sanctions "grain deal" -tariffs'}))
    speaker = SlugListField(label="Speaker")
    topic = SlugListField(label="Topic")
    outlet = SlugListField(label="Outlet", limit=1)
    kind = forms.ChoiceField(label="Kind", required=False, choices=[("", "Any kind"), *Quote.Kind.choices])
    date_after = forms.DateField(label="From", required=False, input_formats=["%Y-%m-%d"],
                                 widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    date_before = forms.DateField(label="To", required=False, input_formats=["%Y-%m-%d"],
                                  widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    sort = forms.ChoiceField(label="Order", required=False, choices=SORTS)
    page = forms.IntegerField(required=False, min_value=1, max_value=10**9, widget=forms.HiddenInput)
    after = forms.CharField(required=False, max_length=40, widget=forms.HiddenInput)

    def __init__(self, data=None, *, fixed_speaker: Ref | None = None, fixed_topic: Ref | None = None):
        super().__init__(data)
        self.fixed_speaker = fixed_speaker
        self.fixed_topic = fixed_topic
        if fixed_speaker:
            # a speaker's own page: its speaker is in the path, a speaker= parameter is ignored
            del self.fields["speaker"]
        self.fields["page"].error_messages.update(invalid="The page must be a whole number from 1.",
                                                  min_value="The page must be a whole number from 1.",
                                                  max_value="That page number is too large.")
        self.fields["date_after"].error_messages["invalid"] = "Enter the start date as YYYY-MM-DD, e.g. 2024-03-16."
        self.fields["date_before"].error_messages["invalid"] = "Enter the end date as YYYY-MM-DD, e.g. 2024-03-16."

    def clean_q(self) -> str:
        return clean_text(self.cleaned_data["q"])

    def clean_after(self) -> Cursor | None:
        raw = self.cleaned_data["after"].strip()
        if not raw:
            return None
        try:
            return Cursor.parse(raw)
        except ValueError:
            raise forms.ValidationError("This link's position marker (after=) is damaged; start from the first page.") from None

    def clean(self) -> dict:
        data = super().clean()
        after, before = data.get("date_after"), data.get("date_before")
        if after and before and after > before:
            self.add_error("date_before", "The end date is before the start date.")
        if data.get("after") and (data.get("sort") == "relevance" or (data.get("q") and not data.get("sort"))):
            self.add_error("after", "Paging with after= works only when sorting by date.")
        speakers, topics, outlets = data.get("speaker") or [], data.get("topic") or [], data.get("outlet") or []
        if self.errors or not (speakers or topics or outlets):
            data.update(speaker_refs=[], topic_refs=[], outlet_ref=None)
            return data
        refs = resolve_refs(speakers, topics, outlets)
        for field, kind, slugs in (("speaker", "speaker", speakers), ("topic", "topic", topics), ("outlet", "outlet", outlets)):
            missing = [slug for slug in slugs if (kind, slug) not in refs]
            if missing:
                self.add_error(field, f"There is no {kind} “{missing[0]}” in the archive.")
        data["speaker_refs"] = [refs[("speaker", s)] for s in speakers if ("speaker", s) in refs]
        data["topic_refs"] = [refs[("topic", s)] for s in topics if ("topic", s) in refs]
        data["outlet_ref"] = next((refs[("outlet", s)] for s in outlets if ("outlet", s) in refs), None)
        return data


class CompareForm(forms.Form):
    topic = SlugListField(label="Topic", limit=1)
    speaker = SlugListField(label="Speaker", limit=MAX_COMPARED)

    def clean(self) -> dict:
        data = super().clean()
        topics, speakers = data.get("topic") or [], data.get("speaker") or []
        data.update(topic_ref=None, speaker_refs=[])
        if self.errors or not (topics or speakers):
            return data
        refs = resolve_refs(speakers, topics)
        if topics and ("topic", topics[0]) not in refs:
            self.add_error("topic", f"There is no topic “{topics[0]}” in the archive.")
        missing = [s for s in speakers if ("speaker", s) not in refs]
        if missing:
            self.add_error("speaker", f"There is no speaker “{missing[0]}” in the archive.")
        data["topic_ref"] = refs.get(("topic", topics[0])) if topics else None
        data["speaker_refs"] = [refs[("speaker", s)] for s in speakers if ("speaker", s) in refs]
        return data


class SpeakerListForm(forms.Form):
    SORTS = [("count", "Most quoted first"), ("name", "By name")]

    name = forms.CharField(label="Find a speaker", required=False, max_length=200,
                           widget=forms.TextInput(attrs={"type": "search"}))
    sort = forms.ChoiceField(label="Order", required=False, choices=SORTS)
    page = forms.IntegerField(required=False, min_value=1, max_value=10**9, widget=forms.HiddenInput)

    def clean_name(self) -> str:
        return clean_text(self.cleaned_data["name"])
