// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

/// The shipped translations are complete: no unfinished or empty entry, and every
/// translation keeps its source's placeholders, so no user meets English or a broken "%1".
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct Entry
    {
        QString context;
        QString source;
        QStringList translations; // one, or the numerus forms
        bool unfinished = false;
        bool numerus = false;
        qint64 line = 0;
    };

    static QList<Entry> read(const QString &path, QString *language)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open %s", qPrintable(path));
        QXmlStreamReader xml(&file);
        QList<Entry> entries;
        QString context;
        Entry current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == u"TS") {
                *language = xml.attributes().value(QStringLiteral("language")).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                current = Entry{context, {}, {}, false, xml.attributes().value(QStringLiteral("numerus")) == u"yes",
                                xml.lineNumber()};
            } else if (name == u"source") {
                current.source = xml.readElementText();
            } else if (name == u"translation") {
                const auto type = xml.attributes().value(QStringLiteral("type"));
                current.unfinished = type == u"unfinished";
                const bool obsolete = type == u"obsolete" || type == u"vanished";
                if (current.numerus) {
                    while (xml.readNextStartElement())
                        current.translations << xml.readElementText();
                } else {
                    current.translations << xml.readElementText();
                }
                if (!obsolete)
                    entries << current;
            }
        }
        if (xml.hasError())
            qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
        return entries;
    }

    static QSet<QString> placeholders(const QString &text)
    {
        static const QRegularExpression pattern(QStringLiteral("%(?:n|L?[1-9])"));
        QSet<QString> found;
        for (const auto &m : pattern.globalMatch(text))
            found.insert(m.captured(0) == u"%L1" ? QStringLiteral("%1") : m.captured(0));
        return found;
    }

private Q_SLOTS:
    void testShippedLanguagesAreComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("ro") << QStringLiteral("madbase_ro.ts");
        QTest::newRow("de") << QStringLiteral("madbase_de.ts");
    }
    void testShippedLanguagesAreComplete()
    {
        QFETCH(QString, file);
        QString language;
        const QList<Entry> entries = read(QStringLiteral(MB_SOURCE_DIR "/translations/") + file, &language);
        QVERIFY2(entries.size() > 100, qPrintable(QString::number(entries.size())));
        QStringList problems;
        for (const Entry &e : entries) {
            const QString where = QStringLiteral("%1:%2 [%3] \"%4\"").arg(file).arg(e.line).arg(e.context, e.source.left(60));
            if (e.unfinished) {
                problems << where + QStringLiteral(": unfinished");
                continue;
            }
            for (const QString &t : e.translations) {
                if (t.trimmed().isEmpty())
                    problems << where + QStringLiteral(": empty translation");
                else if (placeholders(t) != placeholders(e.source) && !(e.numerus && placeholders(e.source) - placeholders(t) == QSet<QString>{QStringLiteral("%n")}))
                    problems << where + QStringLiteral(": placeholders differ in \"%1\"").arg(t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void testEnglishHasEveryPluralForm()
    {
        QString language;
        const QList<Entry> entries = read(QStringLiteral(MB_SOURCE_DIR "/translations/madbase_en.ts"), &language);
        QVERIFY(!entries.isEmpty());
        for (const Entry &e : entries) {
            QVERIFY2(e.numerus, qPrintable(e.source));
            QVERIFY2(!e.unfinished && e.translations.size() == 2, qPrintable(e.source));
            QVERIFY2(!e.translations[0].isEmpty() && !e.translations[1].isEmpty(), qPrintable(e.source));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_Translations.moc"
