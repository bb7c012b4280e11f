"""Forms behind the editors' admin pages."""
from __future__ import annotations

from django import forms
from django.contrib.admin.widgets import AutocompleteSelect

from statements.editing import locate
from statements.models import Actor, ActorAlias, Article, Quote, text_fingerprint

NOT_IN_ARTICLE = "This text does not occur in the article. Paste the words exactly as the article prints them."


def _check_in_article(form: forms.ModelForm, article: Article | None, text: str) -> str:
    """Find ``text`` in the article, set the offsets on the form's quote and return the article's own wording."""
    if article is None:
        return text
    span = locate(article.body, text)
    if span is None:
        raise forms.ValidationError(NOT_IN_ARTICLE, code="not_in_article")
    wording = article.body[span[0] : span[1]]
    duplicate = Quote.objects.filter(article_id=article.pk, fingerprint=text_fingerprint(wording))
    if form.instance.pk:
        duplicate = duplicate.exclude(pk=form.instance.pk)
    if article.pk and duplicate.exists():
        raise forms.ValidationError("The article already has this quote.", code="duplicate")
    form.instance.start, form.instance.end = span
    return wording


class QuoteChangeForm(forms.ModelForm):
    class Meta:
        model = Quote
        fields = ["text", "speaker", "via", "kind", "cue"]
        widgets = {"text": forms.Textarea(attrs={"rows": 4, "cols": 80})}

    def clean_text(self) -> str:
        text = self.cleaned_data["text"]
        if "text" not in self.changed_data:
            return text
        return _check_in_article(self, self.instance.article, text)


class AddQuoteForm(forms.ModelForm):
    """A quote the extraction missed, pasted by an editor on the article page."""

    class Meta:
        model = Quote
        fields = ["text", "speaker", "kind", "cue"]
        widgets = {"text": forms.Textarea(attrs={"rows": 2, "cols": 60})}
        help_texts = {"text": "Paste the quoted words; they must occur in the article above."}

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("text"):
            try:
                cleaned["text"] = _check_in_article(self, cleaned.get("article") or self._article(), cleaned["text"])
            except forms.ValidationError as exc:
                self.add_error("text", exc)
        return cleaned

    def _article(self) -> Article | None:
        return getattr(self.instance, "article", None) if self.instance.article_id else None


class AliasForm(forms.ModelForm):
    class Meta:
        model = ActorAlias
        fields = ["name"]

    def clean_name(self) -> str:
        from statements.extraction import name_key

        name = self.cleaned_data["name"].strip()
        key = name_key(name)
        if not key:
            raise forms.ValidationError("An alias needs at least one letter or digit.")
        taken = ActorAlias.objects.filter(normalized=key).exclude(pk=self.instance.pk).select_related("actor").first()
        if taken:
            raise forms.ValidationError(f"“{taken.name}” is already an alias of {taken.actor.name}.")
        return name


class ArticleAddForm(forms.ModelForm):
    url = forms.URLField(max_length=1000, required=False, assume_scheme="https")

    class Meta:
        model = Article
        fields = ["title", "published", "date_precision", "url", "outlet", "kind", "body"]

    def clean_body(self) -> str:
        body = self.cleaned_data["body"]
        if Article.objects.filter(content_hash=Article.hash_body(body)).exists():
            raise forms.ValidationError("An article with this text is already in the archive.")
        return body


class ReassignSpeakerForm(forms.Form):
    actor = forms.ModelChoiceField(
        queryset=Actor.objects.all(), label="New speaker",
        help_text="Type part of a name or alias. Add the actor first if they are not in the archive.",
    )

    def __init__(self, *args, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["actor"]
        field.widget = AutocompleteSelect(Quote._meta.get_field("speaker"), admin_site)
        field.widget.choices = field.choices


class MergeActorsForm(forms.Form):
    survivor = forms.ModelChoiceField(
        queryset=Actor.objects.none(), widget=forms.RadioSelect, empty_label=None,
        label="Keep", help_text="The others are merged into this one and deleted; their pages redirect to it.",
    )

    def __init__(self, *args, actors, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["survivor"]
        field.queryset = actors
        field.label_from_instance = lambda a: f"{a.name} ({a.slug}) — {a.quote_total} quotes, {a.alias_total} aliases"
