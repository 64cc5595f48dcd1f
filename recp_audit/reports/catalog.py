"""The program's Russian translations read straight from the Qt Linguist source
(`resources/i18n/recp_audit_ru.ts`), so that reports made on the command line
speak Russian without loading Qt."""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET

from recp_audit.messages import Message
from recp_audit.paths import resource_path


@functools.cache
def _russian() -> dict[tuple[str, str], str]:
    catalog = {}
    root = ET.parse(resource_path("i18n", "recp_audit_ru.ts")).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and \
                    translation.get("type") != "unfinished":
                catalog[(name, message.findtext("source"))] = translation.text
    return catalog


def translate(context: str, source: str, language: str) -> str:
    """`source` of `context` in `language` (the source itself for English or when the
    catalog has no translation)."""
    if language != "ru":
        return source
    return _russian().get((context, source), source)


def message_text(message: Message, language: str) -> str:
    """A Message formatted in `language`."""
    template = translate(message.context, message.template, language)
    params = {key: message_text(value, language) if isinstance(value, Message) else value
              for key, value in message.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return str(message)
