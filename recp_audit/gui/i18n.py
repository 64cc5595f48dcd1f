"""Language switching (Qt Linguist .qm files) and translation of domain messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from recp_audit.messages import Message
from recp_audit.paths import resource_path

LANGUAGES = {"ru": "Русский", "en": "English"}
_installed: list[QTranslator] = []


def qm_path(language: str) -> str:
    """The compiled translation of our strings for `language`."""
    return str(resource_path("i18n", f"recp_audit_{language}.qm"))


def set_language(language: str) -> None:
    """Install the translators for `language` (English is the source language)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Russian if language == "ru"
                               else QLocale.Language.English))
    if language == "en":
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (qm_path(language), "")):
        translator = QTranslator(app)
        if translator.load(name, folder) if folder else translator.load(name):
            app.installTranslator(translator)
            _installed.append(translator)


def text(message: Message) -> str:
    """A domain message in the current language (message parameters translated too)."""
    template = QCoreApplication.translate(message.context, message.template)
    params = {key: text(value) if isinstance(value, Message) else value
              for key, value in message.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return str(message)


def label(source: str, context: str = "Enum") -> str:
    """A label marked with QT_TRANSLATE_NOOP in the domain, in the current language."""
    return QCoreApplication.translate(context, source)
